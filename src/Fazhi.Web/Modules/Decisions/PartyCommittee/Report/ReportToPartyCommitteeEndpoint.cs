using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.PartyCommittee.Report;

internal static class ReportToPartyCommitteeEndpoint
{
    internal static void MapReportToPartyCommittee(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/party-committee-report", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, ReportToPartyCommitteeRequest request, ReportToPartyCommitteeHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<PartyCommitteeReportMadeByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("向同级党委请示报告（第31条）");
}
