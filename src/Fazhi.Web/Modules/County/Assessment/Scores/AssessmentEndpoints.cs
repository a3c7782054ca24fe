using Fazhi.Modules.County.Assessment.DefineSheet;
using Fazhi.Modules.County.Figures;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.County.Assessment.Scores;

/// <summary>The county's scores of a year: the sheet and every township's lines and total, as /county/assessment shows them.</summary>
internal sealed record CountyAssessmentResponse(SheetResponse Sheet, IReadOnlyList<TownshipScore> Townships);

/// <summary>A township's own score of a year, as /workspace/assessment shows it.</summary>
internal sealed record OwnAssessmentResponse(SheetResponse Sheet, TownshipScore Score);

internal static class AssessmentEndpoints
{
    /// <summary>Under /api/county/assessment: county reviewers only (route-prefix policy).</summary>
    internal static void MapCountyAssessment(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Results<Ok<CountyAssessmentResponse>, NotFound>> (int year, string? sort, AssessmentScores assessment, CountyFigures figures, FazhiDbContext db, CancellationToken ct) =>
        {
            var sheet = await assessment.SheetAsync(db.Tenant.CountyId, year, ct);
            if (sheet is null)
            {
                return TypedResults.NotFound();
            }

            var scores = await assessment.ScoresAsync(sheet, await figures.TownshipsAsync(ct), ct);
            return TypedResults.Ok(new CountyAssessmentResponse(SheetResponse.From(sheet),
                sort == "total" ? [.. scores.OrderBy(s => s.Rank).ThenBy(s => s.DivisionCode, StringComparer.Ordinal)] : scores));
        }).WithSummary("某年度考核表及各乡镇得分（sort=total 按总分排序）");

    /// <summary>Under /api/workspace/assessment: the signed-in township's own score only.</summary>
    internal static void MapOwnAssessment(this RouteGroupBuilder group) =>
        group.MapGet("/", async Task<Results<Ok<OwnAssessmentResponse>, NotFound>> (int year, AssessmentScores assessment, FazhiDbContext db, CancellationToken ct) =>
            await assessment.OwnAsync(db.Tenant.CountyId, db.Tenant.TownshipId, year, year, ct) is (_, { } sheet, { } score)
                ? TypedResults.Ok(new OwnAssessmentResponse(SheetResponse.From(sheet), score))
                : TypedResults.NotFound())
        .WithSummary("本乡镇某年度的考核得分");
}
