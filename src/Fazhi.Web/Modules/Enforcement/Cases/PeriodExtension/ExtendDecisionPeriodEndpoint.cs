using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.PeriodExtension;

internal static class ExtendDecisionPeriodEndpoint
{
    internal static void MapExtendDecisionPeriod(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/decision-extension", async Task<Results<Ok<CaseResponse>, NotFound>> (Guid id, ExtendDecisionPeriodRequest request, ExtendDecisionPeriodHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound())
            .WhoMay<DecisionPeriodExtendedByResponsiblePerson>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("负责人批准延长作出处罚决定的期限（第六十条）");
}
