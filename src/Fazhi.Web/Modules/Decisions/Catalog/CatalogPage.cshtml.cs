using Fazhi.Modules.Decisions.Catalog.AddItem;
using Fazhi.Modules.Decisions.Catalog.Approve;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.Catalog;

/// <summary>The year's catalogue with the forms of its two steps (列入/增补 and 公布), each posting to its own step page.</summary>
internal sealed class CatalogPage(CatalogQueries catalogs, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public DecisionCatalog? Catalog { get; private set; }

    public Dictionary<Guid, (Guid Id, DecisionStage Stage)> Progress { get; private set; } = [];

    public bool MayApprove { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        Catalog = await catalogs.FindAsync(User.ToActor().TownshipId!.Value, Year.Value, ct);
        Progress = await catalogs.ProgressAsync(Catalog, ct);
        MayApprove = WhoMayRule.Of<CatalogApprovedByLeaderOrClerk>().Admits(User.ToActor());
    }

    public static AddCatalogItemRequest NewItem => AddCatalogItemRequest.Blank;

    public static ApproveCatalogRequest Approval => new("", null);
}
