using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.Catalog.AddItem;

/// <summary>The step's own page: the form alone (also shown on the catalogue page), and where it posts.</summary>
internal sealed class AddCatalogItemPage(AddCatalogItemHandler handler, CatalogQueries catalogs) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public AddCatalogItemRequest Form { get; private set; } = AddCatalogItemRequest.Blank;

    public DecisionCatalog? Catalog { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<CatalogItemsListedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(AddCatalogItemRequest form, CancellationToken ct)
    {
        Form = form;
        var item = await handler.HandleAsync(User.ToActor(), Year, form, ct);
        TempData["Flash"] = $"已将“{item.Title}”列入 {Year} 年度决策事项目录（第 {item.Order} 项）。"
            + (item.AddedAfterApproval ? "该事项为增补事项，已随目录在门户公开。" : "全部事项列入后，请报经党委同意并公布目录。");
        return Redirect($"/workspace/decisions/catalog?year={Year}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Catalog = await catalogs.FindAsync(User.ToActor().TownshipId!.Value, Year, ct);
        return true;
    }
}
