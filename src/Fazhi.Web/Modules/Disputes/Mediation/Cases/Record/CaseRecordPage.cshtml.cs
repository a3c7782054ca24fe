using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Mediation.Committees;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Mediation.Cases.Record;

internal sealed class CaseRecordPage(CaseQueries cases, TownshipDirectory directory, IntakeDesk intake, IDeadlines deadlines, IAttachments attachments, AuditTrailQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MediationCase Case { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public IReadOnlyList<Mediator> Available { get; private set; } = [];

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public AttachmentsPanel Files { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public Actor Actor => User.ToActor();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await cases.FindAsync(Id, ct) is not { } c)
        {
            return NotFound();
        }

        Case = c;
        Choices = await FormChoices.LoadAsync(directory, c.TownshipId, intake.Today, ct);
        Available = await MediatorChoices.ServingAsync(HttpContext.RequestServices, c, ct);
        Deadlines = await deadlines.ForSubjectAsync(c.Id, ct);
        Files = new AttachmentsPanel(nameof(MediationCase), c.Id, await attachments.ForOwnerAsync(c.Id, ct), Request.Path, "签署的调解协议书", Hint: "上传各方签名盖章后的调解协议书扫描件、调解笔录和证据材料。");
        History = await audit.HistoryOfAsync<MediationCase>(c.Id, ct);
        return Page();
    }
}
