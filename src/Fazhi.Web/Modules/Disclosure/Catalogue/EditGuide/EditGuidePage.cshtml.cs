using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disclosure.Catalogue.EditGuide;

internal sealed class EditGuidePage(EditGuideHandler handler) : PageModel, IStepPage
{
    public EditGuideRequest Form { get; private set; } = new("", "", "", "", null, null);

    public DisclosureGuide? Guide { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Guide is { } g)
        {
            Form = new(g.OfficeName, g.Address, g.Hours, g.Phone, g.Fax, g.OnlineContact);
        }
    }

    [WhoMay<GuideKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(EditGuideRequest form, CancellationToken ct)
    {
        Form = form;
        await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = "政府信息公开指南已更新，门户同步显示。";
        return Redirect("/workspace/disclosure/guide");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Guide = await handler.FindAsync(ct);
        return true;
    }
}
