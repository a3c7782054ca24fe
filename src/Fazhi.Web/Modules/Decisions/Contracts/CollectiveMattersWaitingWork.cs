using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Contracts;

/// <summary>
/// 待我办理 of “三重一大” (ADR 0027), in one query: a registered matter not yet decided — never put to a meeting, or sent
/// back for revision or postponed — waits on the leaders, since it is decided by the leadership collectively and not by
/// one of them (“三重一大”集体决策制度; 《重大行政决策程序暂行条例》第三十条 for the decisions it covers).
/// </summary>
internal sealed class CollectiveMattersWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "“三重一大”事项";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Is(Roles.Leader))
        {
            return [];
        }

        var rows = await db.Set<CollectiveMatter>().AsNoTracking().IgnoreAutoIncludes()
            .Where(m => m.TownshipId == who.TownshipId && (m.Outcome == null || (m.Outcome != MeetingOutcome.Adopt && m.Outcome != MeetingOutcome.Reject)))
            .Select(m => new { m.Id, m.Topic, m.Proposer, m.RegisteredOn, m.Outcome })
            .ToListAsync(cancellationToken);

        return
        [
            .. rows.Select(m => new WaitingItem(Area, "领导班子集体讨论决定", m.Topic, $"/workspace/decisions/collective-matters/{m.Id}", null,
                m.Outcome switch
                {
                    MeetingOutcome.Revise => "上次会议要求修改后再议",
                    MeetingOutcome.Postpone => "上次会议决定暂缓，待再次上会",
                    _ => $"{m.Proposer}提出，{m.RegisteredOn:yyyy-MM-dd} 登记，尚未上会",
                })),
        ];
    }
}
