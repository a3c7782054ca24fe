using Fazhi.Modules.Disclosure.Catalogue.AddEntry;
using Fazhi.Modules.Disclosure.Catalogue.PublishEntry;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disclosure.Catalogue;

/// <summary>The township's 政府信息公开目录: filters, paging in SQL, export, and the forms of its two steps.</summary>
internal sealed class CataloguePage(CatalogueLedger ledger) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public CatalogueFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DisclosureItem> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool MayAdd => WhoMayRule.Of<CatalogueKeptByClerkOrLeader>().Admits(User.ToActor());

    public bool MayPublish => WhoMayRule.Of<DisclosureItemPublishedByClerkOrLeader>().Admits(User.ToActor());

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await ledger.PageAsync(Filter, PageNumber, PageSize, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await ledger.ExportAsync(Filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "政府信息公开目录.xlsx");

    public string PageUrl(int page) =>
        $"/workspace/disclosure/catalogue?Filter.Year={Filter.Year}&Filter.Category={Filter.Category}&Filter.Published={Filter.Published}&Filter.Q={Uri.EscapeDataString(Filter.Q ?? "")}&p={page}";
}
