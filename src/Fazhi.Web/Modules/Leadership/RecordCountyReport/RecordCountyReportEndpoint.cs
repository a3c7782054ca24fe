using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.RecordCountyReport;

internal static class RecordCountyReportEndpoint
{
    internal static void MapRecordCountyReport(this RouteGroupBuilder group) =>
        group.MapPost("/county-reports", async (RecordCountyReportRequest request, RecordCountyReportHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(CountyReportResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<LeadershipRecordsKeptByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记向县委、县政府报告法治建设情况");
}
