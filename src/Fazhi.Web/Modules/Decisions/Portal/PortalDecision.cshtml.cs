using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Portal;

/// <summary>A published decision on the portal (第32条): the text and the explanation only; no internal opinion or meeting record.</summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalDecisionModel(FazhiDbContext db, IConsultations consultations) : PageModel
{
    public string Code { get; private set; } = "";

    public string GovernmentName { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? DocumentNumber { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public string Text { get; private set; } = "";

    public string Interpretation { get; private set; } = "";

    public string? ConsultationUrl { get; private set; }

    public int Hearings { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid id, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
        var d = township is null ? null : await db.Published<MajorDecision>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.TownshipId == township.Id, ct);
        if (d is null)
        {
            return NotFound();
        }

        Code = code;
        GovernmentName = township!.GovernmentName;
        Title = d.Title;
        DocumentNumber = d.DocumentNumber;
        PublishedOn = d.PublishedOn;
        Text = d.PublishedText ?? "";
        Interpretation = d.Interpretation ?? "";
        Hearings = d.Hearings.Count(h => h.RecordSigned);
        // The visitor is anonymous, so the tenant-scoped FindAsync sees no consultation; the published summary of adopted
        // opinions (第十六条) is what the public may follow, and PublicSummaryAsync reads it through the published view.
        ConsultationUrl = d.ConsultationId is { } c && await consultations.PublicSummaryAsync(c, ct) is not null ? $"/t/{code}/consultations/{c}" : null;
        return Page();
    }
}
