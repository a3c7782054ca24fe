using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>Side-by-side comparison of any two saved versions, deletions struck on the left and additions marked on the right.</summary>
internal sealed class CompareModel(FazhiDbContext db) : PageModel
{
    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public IReadOnlyList<int> Numbers { get; private set; } = [];

    public int From { get; private set; }

    public int To { get; private set; }

    public IReadOnlyList<DiffLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int? from, int? to, CancellationToken ct)
    {
        var document = await db.Set<NormativeDocument>().AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Title, d.CurrentVersion }).SingleOrDefaultAsync(ct);
        if (document is null)
        {
            return NotFound();
        }

        var versions = await db.Set<DocumentVersion>().AsNoTracking().Where(v => v.DocumentId == id).OrderBy(v => v.Number).ToListAsync(ct);
        Id = id;
        Title = document.Title;
        Numbers = versions.Select(v => v.Number).ToList();
        To = to is { } t && Numbers.Contains(t) ? t : document.CurrentVersion;
        From = from is { } f && Numbers.Contains(f) ? f : Math.Max(1, To - 1);
        var a = versions.Single(v => v.Number == From);
        var b = versions.Single(v => v.Number == To);
        Lines = TextDiff.Compare(a.Title + "\n" + a.Body, b.Title + "\n" + b.Body);
        return Page();
    }
}
