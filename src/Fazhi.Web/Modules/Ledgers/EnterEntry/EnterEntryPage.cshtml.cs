using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.EnterEntry;

/// <summary>The form generated from the ledger's current version, with the township's villages and offices offered.</summary>
internal sealed record EntryFormView(Guid LedgerId, string LedgerName, IReadOnlyList<LedgerField> Fields, IReadOnlyList<string> Villages, IReadOnlyList<string> Offices, EnterEntryRequest Form);

internal sealed class EnterEntryPage(EnterEntryHandler handler, LedgerQueries queries, TimeProvider clock) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public EntryFormView View { get; private set; } = null!;

    private EnterEntryRequest? _form;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<LedgerEntriesKeptByStaff>]
    public async Task<IActionResult> OnPostAsync(EnterEntryRequest form, CancellationToken ct)
    {
        _form = form;
        var files = Request.HasFormContentType
            ? Request.Form.Files.Where(f => f.Length > 0 && f.Name.StartsWith("Files[", StringComparison.Ordinal) && f.Name.EndsWith(']'))
                .ToDictionary(f => f.Name[6..^1], f => new LedgerUpload(f.FileName, f.OpenReadStream), StringComparer.Ordinal)
            : null;
        if (await handler.HandleAsync(User.ToActor(), Id, form, ct, files) is not { } entry)
        {
            return NotFound();
        }

        TempData["Flash"] = $"已登记 {entry.OccurredOn:yyyy-MM-dd} 的记录，计入 {entry.OccurredOn.Year} 年度报告。";
        return Redirect($"/workspace/ledgers/{Id}?Year={entry.OccurredOn.Year}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await ViewAsync(queries, User.ToActor().TownshipId!.Value, Id, _form ?? new EnterEntryRequest(Platform.Time.ChinaTime.Today(clock), null), ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }

    internal static async Task<EntryFormView?> ViewAsync(LedgerQueries queries, Guid townshipId, Guid ledgerId, EnterEntryRequest form, CancellationToken ct)
    {
        var ledger = await queries.DefinitionAsync(ledgerId, ct);
        return ledger is null ? null
            : new EntryFormView(ledger.Id, ledger.Name, ledger.Current.Schema.Fields, await queries.VillagesAsync(townshipId, ct), await queries.OfficesAsync(townshipId, ct), form);
    }
}
