using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.ReviseLedger;

internal sealed class ReviseLedgerPage(ReviseLedgerHandler handler, LedgerQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ReviseLedgerRequest Form { get; private set; } = null!;

    public int CurrentVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var ledger = await queries.DefinitionAsync(Id, ct);
        if (ledger is null)
        {
            return NotFound();
        }

        CurrentVersion = ledger.CurrentVersion;
        Form = ReviseLedgerRequest.Of(ledger);
        return Page();
    }

    [WhoMay<LedgersDefinedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(ReviseLedgerRequest form, CancellationToken ct)
    {
        Form = form;
        if (await handler.HandleAsync(User.ToActor(), Id, form, ct) is not { } ledger)
        {
            return NotFound();
        }

        TempData["Flash"] = $"台账“{ledger.Name}”已修订为第 {ledger.CurrentVersion} 版；此前的记录仍按登记时的版本保存。";
        return Redirect($"/workspace/ledgers/{ledger.Id}");
    }
}
