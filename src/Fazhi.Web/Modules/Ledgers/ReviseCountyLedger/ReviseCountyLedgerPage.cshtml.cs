using Fazhi.Modules.Ledgers.DefineLedger;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Ledgers.ReviseLedger;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.ReviseCountyLedger;

internal sealed class ReviseCountyLedgerPage(ReviseCountyLedgerHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ReviseLedgerRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await handler.FindAsync(User.ToActor(), Id, ct) is not { } ledger)
        {
            return NotFound();
        }

        var (fields, indicators) = LedgerContentInput.FromSchema(ledger.Schema);
        Form = new ReviseLedgerRequest(ledger.Name, ledger.Heading, ledger.Lead, ledger.Part, fields, indicators);
        return Page();
    }

    [WhoMay<CountyLedgersDefinedByCounty>]
    public async Task<IActionResult> OnPostAsync(ReviseLedgerRequest form, CancellationToken ct)
    {
        Form = form;
        if (await handler.HandleAsync(User.ToActor(), Id, form, ct) is not { } ledger)
        {
            return NotFound();
        }

        TempData["Flash"] = $"县级台账“{ledger.Name}”已修订为第 {ledger.CurrentVersion} 版，全县各乡镇同时生效；此前的记录仍按登记时的版本保存。";
        return Redirect("/county/ledgers");
    }
}
