using Fazhi.Modules.County.Assessment.Model;
using Fazhi.Modules.County.Figures;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.County.Assessment.Scores;

/// <summary>法治建设考核 of the county: the year's sheet and every township's score beside the figures behind each line.</summary>
internal sealed class CountyAssessmentPage(AssessmentScores assessment, CountyFigures figures, FazhiDbContext db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    /// <summary><c>total</c>: highest total first; otherwise the county's township order (by division code).</summary>
    public string? Sort { get; private set; }

    public AssessmentSheet? Sheet { get; private set; }

    public IReadOnlyList<TownshipScore> Scores { get; private set; } = [];

    public async Task OnGetAsync(int? year, string? sort, CancellationToken ct) => await LoadAsync(year, sort, ct);

    public async Task<IActionResult> OnGetExcelAsync(int? year, CancellationToken ct)
    {
        await LoadAsync(year, "total", ct);
        return Sheet is null ? NotFound() : File(AssessmentExcel.Export(Scores), AssessmentExcel.ContentType, $"{Sheet.Title}-得分.xlsx");
    }

    private async Task LoadAsync(int? year, string? sort, CancellationToken ct)
    {
        var countyId = db.Tenant.CountyId;
        Year = year is >= 2000 and <= 2100 ? year.Value
            : (await assessment.YearsAsync(countyId, ct)).FirstOrDefault(Platform.Time.ChinaTime.Today(clock).Year - 1);
        Sort = sort == "total" ? "total" : null;
        Sheet = await assessment.SheetAsync(countyId, Year, ct);
        if (Sheet is null)
        {
            return;
        }

        var scores = await assessment.ScoresAsync(Sheet, await figures.TownshipsAsync(ct), ct);
        Scores = Sort == "total" ? [.. scores.OrderBy(s => s.Rank).ThenBy(s => s.DivisionCode, StringComparer.Ordinal)] : scores;
    }
}
