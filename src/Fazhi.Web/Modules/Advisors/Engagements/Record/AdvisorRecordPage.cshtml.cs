using Fazhi.Modules.Advisors.Engagements.Assess;
using Fazhi.Modules.Advisors.Engagements.RecordService;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Engagements.Record;

/// <summary>One advisor contract: its terms, the villages, the consultations and opinions, and the form to add one.</summary>
internal sealed class AdvisorRecordPage(FazhiDbContext db, AuditTrailQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AdvisorContract Contract { get; private set; } = null!;

    public IReadOnlyList<string> Villages { get; private set; } = [];

    public IReadOnlyList<AdvisorService> Services { get; private set; } = [];

    public IReadOnlyList<AdvisorAssessment> Assessments { get; private set; } = [];

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public bool MayAssess => WhoMayRule.Of<AdvisorsAssessedByLeader>().Admits(User.ToActor());

    public bool MayRecord => WhoMayRule.Of<ServicesRecordedByAdvisorOrClerk>().Admits(User.ToActor());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.Set<AdvisorContract>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id, ct) is not { } contract)
        {
            return NotFound();
        }

        Contract = contract;
        var ids = contract.Villages.Select(v => v.VillageId).ToList();
        Villages = await db.Set<Village>().AsNoTracking().Where(v => ids.Contains(v.Id)).OrderBy(v => v.DivisionCode).Select(v => v.Name).ToListAsync(ct);
        Services = await db.Set<AdvisorService>().AsNoTracking().Where(s => s.ContractId == Id).OrderByDescending(s => s.On).ToListAsync(ct);
        Assessments = await db.Set<AdvisorAssessment>().AsNoTracking().Where(a => a.ContractId == Id).OrderBy(a => a.Year).ThenBy(a => a.Half).ToListAsync(ct);
        History = await audit.HistoryOfAsync<AdvisorContract>(Id, ct);
        return Page();
    }
}
