using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.AnnualReport.Approve;

internal static class ApproveReportEndpoint
{
    internal static void MapApproveReport(this RouteGroupBuilder group) =>
        group.MapPost("/annual-reports/approval", async (ApproveReportRequest request, ApproveReportHandler handler, DisclosureReportDesk desk, HttpContext http, CancellationToken ct) =>
                Results.Ok(DisclosureReportResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct), desk)))
            .WhoMay<DisclosureReportApprovedByLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("审定政府信息公开工作年度报告");
}
