using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.RiskAssessment;

internal static class RecordRiskAssessmentEndpoint
{
    internal static void MapRecordRiskAssessment(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/risk-assessment", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, RecordRiskAssessmentRequest request, RecordRiskAssessmentHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<RiskAssessmentRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("风险评估（第22–24条）");
}
