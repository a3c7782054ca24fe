using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.RecordDutyStatement;

internal static class RecordDutyStatementEndpoint
{
    internal static void MapRecordDutyStatement(this RouteGroupBuilder group) =>
        group.MapPost("/duty-statements", async (RecordDutyStatementRequest request, RecordDutyStatementHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(DutyStatementResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<LeadershipRecordsKeptByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记党政主要负责人述法（年终述职述法）及评议");
}
