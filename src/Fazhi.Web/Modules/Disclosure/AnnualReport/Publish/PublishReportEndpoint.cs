using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.AnnualReport.Publish;

internal static class PublishReportEndpoint
{
    internal static void MapPublishReport(this RouteGroupBuilder group) =>
        group.MapPost("/annual-reports/publication", async (PublishReportRequest request, PublishReportHandler handler, DisclosureReportDesk desk, HttpContext http, CancellationToken ct) =>
                Results.Ok(DisclosureReportResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct), desk)))
            .WhoMay<DisclosureReportPublishedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("公布政府信息公开工作年度报告");
}
