using Fazhi.Modules.Ledgers.EnterEntry;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.Register;

/// <summary>A ledger's entries of a year (and village), paged in SQL, with its Excel export, import template and print view.</summary>
internal sealed class LedgerPage(LedgerQueries queries, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public LedgerEntryPage Entries { get; private set; } = null!;

    public EntryFormView? EntryForm { get; private set; }

    public bool MayDefine { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(LedgerQueries.PageSize, ct) is not { } entries)
        {
            return NotFound();
        }

        Entries = entries;
        var actor = User.ToActor();
        MayDefine = WhoMayRule.Of<LedgersDefinedByClerkOrLeader>().Admits(actor);
        if (WhoMayRule.Of<LedgerEntriesKeptByStaff>().Admits(actor))
        {
            EntryForm = await EnterEntryPage.ViewAsync(queries, actor.TownshipId!.Value, Id, new EnterEntryRequest(Platform.Time.ChinaTime.Today(clock), null), ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        await LoadAsync(100_000, ct) is { } all
            ? File(LedgerExcel.Export(all.Ledger, all.Entries), LedgerExcel.ContentType, $"{all.Ledger.Name}-{Year}.xlsx")
            : NotFound();

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct) =>
        await queries.DefinitionAsync(Id, ct) is { } ledger
            ? File(LedgerExcel.Template(ledger), LedgerExcel.ContentType, $"{ledger.Name}-导入模板.xlsx")
            : NotFound();

    public string PageUrl(int page) => $"/workspace/ledgers/{Id}?Year={Year}&Village={Uri.EscapeDataString(Village ?? "")}&p={page}";

    private Task<LedgerEntryPage?> LoadAsync(int pageSize, CancellationToken ct)
    {
        var today = Platform.Time.ChinaTime.Today(clock);
        Year = Year is >= 2000 && Year <= today.Year ? Year : today.Year;
        return queries.EntriesAsync(Id, Year.Value, Village, PageNumber, pageSize, ct);
    }
}
