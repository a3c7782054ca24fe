using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.Registration;

internal sealed record RegistrationResult(string? DocumentNumber, string Status, string? InChargeSigner, string? PrincipalSigner);

internal static class RegistrationEndpoints
{
    internal static void MapRegistration(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/registration", RegisterAsync).WhoMay<RegistrationByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("统一登记、统一编号");
        group.MapPost("/{id:guid}/signatures", SignAsync).WhoMay<SignedByLeaders>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("分管领导或主要领导签发（须领导账户）");
    }

    private static RegistrationResult Result(NormativeDocument d) =>
        new(d.DocumentNumber, DocumentLabels.Of(d.Status), d.InChargeSigner, d.PrincipalSigner);

    private static async Task<Results<Ok<RegistrationResult>, NotFound>> RegisterAsync(Guid id, RegistrationHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.RegisterAsync(id, http.User.ToActor(), ct) is { } d ? TypedResults.Ok(Result(d)) : TypedResults.NotFound();

    private static async Task<Results<Ok<RegistrationResult>, NotFound>> SignAsync(Guid id, SignRequest request, RegistrationHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.SignAsync(id, request.Role, http.User.ToActor(), ct) is { } d ? TypedResults.Ok(Result(d)) : TypedResults.NotFound();
}
