using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.DefineLedger;

internal sealed class DefineLedgerPage(DefineLedgerHandler handler) : PageModel
{
    public DefineLedgerRequest Form { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Form = DefineLedgerRequest.Blank();
        return Page();
    }

    [WhoMay<LedgersDefinedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(DefineLedgerRequest form, CancellationToken ct)
    {
        Form = form;
        var ledger = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已定义台账“{ledger.Name}”（第 1 版），可登记或导入记录。";
        return Redirect($"/workspace/ledgers/{ledger.Id}");
    }
}
