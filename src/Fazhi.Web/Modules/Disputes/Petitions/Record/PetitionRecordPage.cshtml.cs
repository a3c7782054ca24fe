using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Petitions.Record;

internal sealed class PetitionRecordPage(PetitionQueries petitions, MatterQueries matters, TownshipDirectory directory, IntakeDesk intake, IDeadlines deadlines,
    IAttachments attachments, AuditTrailQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Petition Petition { get; private set; } = null!;

    public Matter Matter { get; private set; } = null!;

    public Petition? Earlier { get; private set; }

    public FormChoices Choices { get; private set; } = null!;

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public AttachmentsPanel Files { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public Actor Actor => User.ToActor();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await petitions.FindAsync(Id, ct) is not { } p)
        {
            return NotFound();
        }

        Petition = p;
        Matter = await matters.GetAsync(p.MatterId, ct);
        Earlier = p.Status == PetitionStatus.Registered ? await petitions.EarlierAcceptedAsync(p, ct) : null;
        Choices = await FormChoices.LoadAsync(directory, p.TownshipId, intake.Today, ct);
        Deadlines = await deadlines.ForSubjectAsync(p.Id, ct);
        Files = new AttachmentsPanel(nameof(Petition), p.Id, await attachments.ForOwnerAsync(p.Id, ct), Request.Path, "信访材料", Hint: "上传信访件原件、送达回证和签发的告知书、处理意见书。");
        History = await audit.HistoryOfAsync<Petition>(p.Id, ct);
        return Page();
    }
}
