using Fazhi.Modules.County.Assessment.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.County.Assessment.Scores;

/// <summary>A township's own 考核 score sheet: its lines, figures and points — never another township's (ADR 0004).</summary>
internal sealed class WorkspaceAssessmentPage(AssessmentScores assessment, FazhiDbContext db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public AssessmentSheet? Sheet { get; private set; }

    public TownshipScore? Score { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        (Year, Sheet, Score) = await assessment.OwnAsync(db.Tenant.CountyId, db.Tenant.TownshipId, year, Platform.Time.ChinaTime.Today(clock).Year - 1, ct);
    }
}
