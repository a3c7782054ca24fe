using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Withdrawal;

internal static class WithdrawPublicationEndpoint
{
    internal static void MapWithdrawPublication(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/withdrawal", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, WithdrawPublicationRequest request, WithdrawPublicationHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<PublicationWithdrawnByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("撤回公示（第四十八条第二款）");
}
