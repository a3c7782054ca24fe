using Fazhi.Modules.Education.Figures;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education;

/// <summary>学法普法 home: the year's figures as the report will state them, and the ledgers behind them.</summary>
internal sealed class EducationHomePage(EducationFigures figures, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<IndicatorGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        var township = User.ToActor().TownshipId!.Value;
        Groups =
        [
            StudyIndicatorSource.Group((await figures.StudyAsync([township], Year.Value, ct))[township], Year.Value),
            PublicityIndicatorSource.Group((await figures.PublicityAsync([township], Year.Value, ct))[township], Year.Value),
        ];
    }
}
