using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Exams;

internal sealed class ExamsPage(ExamLedger ledger, TimeProvider clock) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<LegalExam> Exams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        Exams = await ledger.OfYearAsync(User.ToActor().TownshipId!.Value, Year.Value, ct);
    }
}
