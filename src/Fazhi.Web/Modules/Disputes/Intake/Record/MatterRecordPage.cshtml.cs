using Fazhi.Modules.Disputes.Intake.Link;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Fazhi.Modules.Disputes.Intake.Record;

/// <summary>A matter's page: what was brought and by whom, where it went, its periods, answers and the next steps' forms.</summary>
internal sealed class MatterRecordPage(MatterQueries matters, IntakeDesk intake, TownshipDirectory directory, IDeadlines deadlines, IAttachments attachments, AuditTrailQueries audit)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Matter Matter { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public IReadOnlyList<Matter> SameRequester { get; private set; } = [];

    public IReadOnlyList<Matter> Repeats { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Candidates { get; private set; } = [];

    public AttachmentsPanel Files { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public Actor Actor => User.ToActor();

    public string? ProcedureUrl => Matter.ProcedureRecordId is not { } id ? null : Matter.Procedure switch
    {
        MatterProcedure.Mediation => $"/workspace/disputes/mediation/cases/{id}",
        MatterProcedure.Petition => $"/workspace/disputes/petitions/{id}",
        MatterProcedure.Hotline => $"/workspace/disputes/hotline/{id}",
        MatterProcedure.General => null,
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var matter = await matters.FindAsync(Id, ct);
        if (matter is null)
        {
            return NotFound();
        }

        Matter = matter;
        Choices = await FormChoices.LoadAsync(directory, matter.TownshipId, intake.Today, ct);
        Deadlines = await deadlines.ForSubjectAsync(matter.Id, ct);
        SameRequester = await intake.SameRequesterAsync(matter, ct);
        Repeats = await matters.RepeatsOfAsync(matter.Id, ct);
        Candidates = LinkMatterPage.CandidateItems(SameRequester.Where(m => m.ReceivedOn <= matter.ReceivedOn));
        Files = new AttachmentsPanel(nameof(Matter), matter.Id, await attachments.ForOwnerAsync(matter.Id, ct), Request.Path, "来信原件、来访登记表");
        History = await audit.HistoryOfAsync<Matter>(matter.Id, ct);
        return Page();
    }
}
