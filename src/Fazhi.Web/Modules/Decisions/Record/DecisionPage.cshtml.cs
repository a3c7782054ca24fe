using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.Record;

/// <summary>
/// A decision's page: every step of 国务院令第713号 with its record, the deadlines and the archive's files, and the forms
/// of the steps open now, each shown only to the people its rule admits and posting to the step's own page.
/// </summary>
internal sealed class DecisionPage(DecisionRecordQuery records, TimeProvider clock) : PageModel
{
    public static string PathFor(Guid id) => $"/workspace/decisions/{id}";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DecisionRecord Record { get; private set; } = null!;

    public DateOnly Today => Platform.Time.ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await records.LoadAsync(Id, ct) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }

    /// <summary>Whether the signed-in person may take the step whose rule is <typeparamref name="TRule"/>: its form is shown only then.</summary>
    public bool May<TRule>() where TRule : WhoMayRule, new() => WhoMayRule.Of<TRule>().Admits(User.ToActor());
}
