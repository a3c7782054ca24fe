using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Audit.Pages;

internal sealed class EntryModel(AuditTrailQueries queries, Data.FazhiDbContext db) : PageModel
{
    public AuditEntry Entry { get; private set; } = new();

    public AuditEntryView View { get; private set; } = null!;

    public string ChainLabel { get; private set; } = "";

    /// <summary>Whether this entry's own hash still matches its content (the link to its neighbours is the verifier's job).</summary>
    public bool HashMatches { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        (Entry, View) = found;
        ChainLabel = await AuditChainLabels.LabelAsync(db, Entry.ChainKey, ct);
        HashMatches = string.Equals(AuditCanonicalForm.ComputeHash(Entry), Entry.Hash, StringComparison.Ordinal);
        return Page();
    }
}
