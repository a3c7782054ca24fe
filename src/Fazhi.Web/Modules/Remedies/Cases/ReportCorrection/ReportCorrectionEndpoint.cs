using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.ReportCorrection;

internal static class ReportCorrectionEndpoint
{
    internal static void MapReportCorrection(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/correction", async (Guid id, ReportCorrectionRequest request, ReportCorrectionHandler handler, CaseDesk desk, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } c ? Results.Ok(await RemedyCaseResponse.ForAsync(c, desk.Deadlines, ct)) : Results.NotFound())
            .WhoMay<CorrectionsReportedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("报送行政复议意见书纠正情况");
}
