using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Reports.Drafting;

/// <summary>The year's report as the township's draft page shows it: the latest version, its status and the warnings about required indicators.</summary>
internal sealed record ReportDraftResponse(int Year, string Title, string Status, int Version, IReadOnlyList<string> Parts, IReadOnlyList<RequiredIndicatorWarning> RequiredWarnings);

internal static class DraftEndpoint
{
    /// <summary>Under /api/workspace/reports: the signed-in township's own report only (its tenant filter).</summary>
    internal static void MapReportDraft(this RouteGroupBuilder group) =>
        group.MapGet("/{year:int}/draft", async Task<Results<Ok<ReportDraftResponse>, NotFound>> (int year, ReportWorkflow workflow, RequiredIndicatorCheck check, FazhiDbContext db, CancellationToken ct) =>
        {
            if (db.Tenant.TownshipId is not { } townshipId || await workflow.FindAsync(townshipId, year, ct) is not { } report)
            {
                return TypedResults.NotFound();
            }

            var latest = report.Latest;
            var warnings = await check.WarningsAsync(year, await workflow.IndicatorsAsync(townshipId, year, ct), ct);
            return TypedResults.Ok(new ReportDraftResponse(year, latest.Title, AnnualReport.StatusLabel(report.Status), latest.Number, latest.ToText().Parts, warnings));
        }).WithSummary("本乡镇某年度报告的最新稿，及县级必报指标中本稿缺少的提示");
}
