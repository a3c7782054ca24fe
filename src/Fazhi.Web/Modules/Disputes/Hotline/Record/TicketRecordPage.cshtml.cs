using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Hotline.Record;

internal sealed class TicketRecordPage(HotlineDesk desk, MatterQueries matters, TownshipDirectory directory, IntakeDesk intake, IDeadlines deadlines, AuditTrailQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public HotlineTicket Ticket { get; private set; } = null!;

    public Matter Matter { get; private set; } = null!;

    public FormChoices Choices { get; private set; } = null!;

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public Actor Actor => User.ToActor();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await desk.FindAsync(Id, ct) is not { } t)
        {
            return NotFound();
        }

        Ticket = t;
        Matter = await matters.GetAsync(t.MatterId, ct);
        Choices = await FormChoices.LoadAsync(directory, t.TownshipId, intake.Today, ct);
        Deadlines = await deadlines.ForSubjectAsync(t.Id, ct);
        History = await audit.HistoryOfAsync<HotlineTicket>(t.Id, ct);
        return Page();
    }
}
