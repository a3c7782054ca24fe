using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines.Board;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Web.Pages;

/// <summary>The 待办与预警 dashboard: what of this township is overdue, due soon or running, by due date.</summary>
internal sealed class WorkspaceModel(FazhiDbContext db, DeadlineBoard board) : PageModel
{
    public string TownshipName { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public string Greeting { get; private set; } = "";

    public DeadlineCounts Counts { get; private set; } = new(0, 0, 0);

    public IReadOnlyList<DeadlineRow> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var townshipId = db.Tenant.TownshipId;
        TownshipName = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.GovernmentName).SingleAsync(ct);
        Today = board.Today;
        Greeting = db.Tenant.UserName;
        Counts = await board.CountsAsync(ct);
        Open = await board.OpenAsync(ct);
    }
}
