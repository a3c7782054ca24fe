using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Deadlines.Requests;

/// <summary>
/// 待我办理 of a leader (ADR 0027, 0032): the extension requests of the township waiting for approval, in one query, each
/// with the due date it would change — a request left undecided past that date leaves the period to run out.
/// </summary>
internal sealed class ExtensionRequestsWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "期限延期";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Is(Roles.Leader))
        {
            return [];
        }

        var rows = await db.Set<DeadlineExtensionRequest>().AsNoTracking()
            .Where(r => r.TownshipId == who.TownshipId && r.State == ExtensionRequestState.Pending)
            .Join(db.Set<Deadline>(), r => r.DeadlineId, d => d.Id, (r, d) => new { d.Id, d.Title, d.SubjectTitle, d.DueDate, d.Kind, d.State, r.Days, r.RequesterName })
            // A request on a period already met or cancelled no longer needs a decision.
            .Where(x => x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue)
            .ToListAsync(cancellationToken);

        return
        [
            .. rows.Select(r => new WaitingItem(Area, "审批延期申请", $"{r.SubjectTitle}（{r.Title}）", $"/workspace/deadlines/{r.Id}", r.DueDate,
                $"{r.RequesterName}申请延长 {r.Days} {(r.Kind == PeriodKind.WorkingDays ? "个工作日" : "日")}；延长须经负责人批准")),
        ];
    }
}
