using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Hotline.Keys;

internal sealed record CountyKeyRow(Guid CountyId, string County, string? Prefix, DateTimeOffset? IssuedAt, string? IssuedBy);

/// <summary>The administrator's page of the hotline platform keys: one active key per county, issued (and replaced) here.</summary>
internal sealed class HotlineKeysPage(FazhiDbContext db, IssueHotlineKeyHandler handler) : PageModel, IStepPage
{
    public IReadOnlyList<CountyKeyRow> Rows { get; private set; } = [];

    /// <summary>The key just issued: shown this once.</summary>
    public IssuedHotlineKey? Issued { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [WhoMay<HotlineKeyIssuedByAdministrator>]
    public async Task<IActionResult> OnPostAsync(IssueHotlineKeyRequest form, CancellationToken ct)
    {
        Issued = await handler.HandleAsync(User.ToActor(), form, ct);
        if (Issued is null)
        {
            return NotFound();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var counties = await db.Set<Fazhi.Modules.Organization.County>().AsNoTracking().OrderBy(c => c.DivisionCode).ToListAsync(ct);
        var keys = await db.Set<HotlineApiKey>().AsNoTracking().Where(k => k.RevokedAt == null).ToListAsync(ct);
        Rows = [.. counties.Select(c => keys.FirstOrDefault(k => k.CountyId == c.Id) is { } k
            ? new CountyKeyRow(c.Id, c.Name, k.Prefix, k.IssuedAt, k.IssuedBy) : new CountyKeyRow(c.Id, c.Name, null, null, null))];
        return true;
    }
}
