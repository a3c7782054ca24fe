using Fazhi.Modules.Documents.Contracts;
using Fazhi.Modules.Documents.Ledger;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>规范性文件台账 (115号 (九)): search, filters by status, year and validity, pages of 20, Excel export.</summary>
internal sealed class IndexModel(FazhiDbContext db, IDocumentFigures figures, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DocumentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Validity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<LedgerRow> Rows { get; private set; } = [];

    public DocumentFigures Figures { get; private set; } = null!;

    public int FiguresYear { get; private set; }

    public string Query => $"year={Year}&status={Status}&validity={Validity}&q={Uri.EscapeDataString(Q ?? "")}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await DocumentLedger.PageAsync(db, Filter, clock.Today(), PageNumber, PageSize, ct);
        FiguresYear = Year ?? clock.Today().Year;
        Figures = await figures.ForTownshipAsync(db.Tenant.TownshipId!.Value, FiguresYear, ct);
    }

    /// <summary>The 台账 as an Excel workbook, with the same filters as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(DocumentLedger.ToExcel(await DocumentLedger.QueryAsync(db, Filter, clock.Today(), ct)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "规范性文件台账.xlsx");

    private LedgerFilter Filter => new(Year, Status, Validity, Q);
}
