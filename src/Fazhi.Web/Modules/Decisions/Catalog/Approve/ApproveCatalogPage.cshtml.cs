using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.Catalog.Approve;

internal sealed class ApproveCatalogPage(ApproveCatalogHandler handler, CatalogQueries catalogs) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public ApproveCatalogRequest Form { get; private set; } = new("", null);

    public DecisionCatalog Catalog { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<CatalogApprovedByLeaderOrClerk>]
    public async Task<IActionResult> OnPostAsync(ApproveCatalogRequest form, CancellationToken ct)
    {
        Form = form;
        if (await handler.HandleAsync(User.ToActor(), Year, form, ct) is not { } catalog)
        {
            return NotFound();
        }

        TempData["Flash"] = $"{Year} 年度决策事项目录（{catalog.Items.Count} 项）已登记党委同意并在门户公布。此后增补事项须说明理由。";
        return Redirect($"/workspace/decisions/catalog?year={Year}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await catalogs.FindAsync(User.ToActor().TownshipId!.Value, Year, ct) is not { } catalog)
        {
            return false;
        }

        Catalog = catalog;
        return true;
    }
}
