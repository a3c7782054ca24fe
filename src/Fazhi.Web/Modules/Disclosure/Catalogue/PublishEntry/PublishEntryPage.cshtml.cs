using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disclosure.Catalogue.PublishEntry;

internal sealed class PublishEntryPage(CatalogueDesk desk, PublishEntryHandler handler) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DisclosureItem Entry { get; private set; } = null!;

    public PublishEntryRequest Form { get; private set; } = new(null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<DisclosureItemPublishedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(PublishEntryRequest form, CancellationToken ct)
    {
        Form = form;
        if (await handler.HandleAsync(User.ToActor(), Id, form, ct) is not { } entry)
        {
            return NotFound();
        }

        TempData["Flash"] = $"“{entry.Title}”已于 {entry.PublishedOn:yyyy-MM-dd} 在门户政府信息公开目录公开。";
        return Redirect("/workspace/disclosure/catalogue");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await desk.FindAsync(Id, ct) is not { } entry)
        {
            return false;
        }

        Entry = entry;
        return true;
    }
}
