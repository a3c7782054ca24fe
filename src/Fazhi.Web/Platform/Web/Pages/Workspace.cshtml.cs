using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines.Board;
using Fazhi.Platform.WaitingWork;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Web.Pages;

/// <summary>The workspace home: what waits on the signed-in person (待我办理), then the 待办与预警 board of the township by due date.</summary>
internal sealed class WorkspaceModel(FazhiDbContext db, DeadlineBoard board, WaitingWorkInbox inbox) : PageModel
{
    public string TownshipName { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public string Greeting { get; private set; } = "";

    public DeadlineCounts Counts { get; private set; } = new(0, 0, 0);

    /// <summary>The most pressing open deadlines (overdue and soonest due first), one page of the board.</summary>
    public IReadOnlyList<DeadlineRow> Open { get; private set; } = [];

    /// <summary>How many deadlines are open in all; the full list is 期限台账.</summary>
    public int OpenTotal { get; private set; }

    /// <summary>待我办理: what waits on this person by their roles and leader post, from every module (ADR 0027).</summary>
    public IReadOnlyList<WaitingItem> Waiting { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var townshipId = db.Tenant.TownshipId;
        TownshipName = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.GovernmentName).SingleAsync(ct);
        Today = board.Today;
        Greeting = db.Tenant.UserName;
        Counts = await board.CountsAsync(ct);
        // One page, cut in the database: a township with years of running matters listed them all on every visit.
        var open = await board.PageAsync(new DeadlineFilter { State = "open" }, ct);
        (Open, OpenTotal) = (open.Rows, open.Total);
        Waiting = await inbox.ForAsync(User, ct);
    }
}
