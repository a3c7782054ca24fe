using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disclosure.Catalogue.AddEntry;

internal sealed class AddEntryPage(AddEntryHandler handler) : PageModel, IStepPage
{
    public AddEntryRequest Form { get; private set; } = AddEntryRequest.Blank;

    [WhoMay<CatalogueKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(AddEntryRequest form, CancellationToken ct)
    {
        Form = form;
        var entry = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记目录条目 {entry.IndexNumber}“{entry.Title}”。请自形成之日起 20 个工作日内公开（《政府信息公开条例》第二十六条），期限已列入待办与预警。";
        return Redirect("/workspace/disclosure/catalogue");
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
