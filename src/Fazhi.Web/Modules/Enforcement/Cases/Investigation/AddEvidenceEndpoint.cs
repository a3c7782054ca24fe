using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Investigation;

internal static class AddEvidenceEndpoint
{
    internal static void MapAddEvidence(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/evidence", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, AddEvidenceRequest request, AddEvidenceHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<EvidenceGatheredByOfficers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记证据与全过程记录（第四十六条、第四十七条）");
}
