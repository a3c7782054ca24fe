using Fazhi.Modules.Ledgers.DefineLedger;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.DefineCountyLedger;

internal sealed class DefineCountyLedgerPage(DefineCountyLedgerHandler handler) : PageModel
{
    public DefineLedgerRequest Form { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Form = DefineLedgerRequest.Blank();
        return Page();
    }

    [WhoMay<CountyLedgersDefinedByCounty>]
    public async Task<IActionResult> OnPostAsync(DefineLedgerRequest form, CancellationToken ct)
    {
        Form = form;
        var ledger = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已定义县级台账“{ledger.Name}”（第 1 版），全县各乡镇可登记或导入记录。";
        return Redirect("/county/ledgers");
    }
}
