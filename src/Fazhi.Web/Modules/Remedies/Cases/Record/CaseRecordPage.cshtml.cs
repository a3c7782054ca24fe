using Fazhi.Modules.Remedies.Cases.RecordHearing;
using Fazhi.Modules.Remedies.Cases.RecordOpinion;
using Fazhi.Modules.Remedies.Cases.RecordOutcome;
using Fazhi.Modules.Remedies.Cases.ReportCorrection;
using Fazhi.Modules.Remedies.Cases.SubmitAnswer;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Remedies.Cases.Record;

internal sealed class CaseRecordPage(CaseDesk desk, AuditTrailQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public RemedyCase Case { get; private set; } = null!;

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public bool MayAnswer => WhoMayRule.Of<AnswersSubmittedByClerkOrLeader>().Admits(User.ToActor());

    public bool MayRecordHearing => WhoMayRule.Of<HearingsRecordedByClerkOrLeader>().Admits(User.ToActor());

    public bool MayRecordOutcome => WhoMayRule.Of<OutcomesRecordedByClerkOrLeader>().Admits(User.ToActor());

    public bool MayRecordOpinion => WhoMayRule.Of<OpinionsRecordedByClerkOrLeader>().Admits(User.ToActor());

    public bool MayReportCorrection => WhoMayRule.Of<CorrectionsReportedByClerkOrLeader>().Admits(User.ToActor());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await desk.Db.Set<RemedyCase>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id, ct) is not { } c)
        {
            return NotFound();
        }

        Case = c;
        Deadlines = await desk.Deadlines.ForSubjectAsync(Id, ct);
        History = await audit.HistoryOfAsync<RemedyCase>(Id, ct);
        return Page();
    }
}
