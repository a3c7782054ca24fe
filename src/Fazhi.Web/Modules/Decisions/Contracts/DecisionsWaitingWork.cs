using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Contracts;

/// <summary>
/// 待我办理 of major decisions (ADR 0027), in one query: the leaders' collective decision (第三十条), the legality review
/// opinion the advisor gives (第二十五条—第二十八条), the clerk's next procedure step.
/// </summary>
internal sealed class DecisionsWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "重大行政决策";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var stages = new HashSet<DecisionStage>();
        if (who.Is(Roles.Leader))
        {
            stages.Add(DecisionStage.AwaitingDecision);
        }

        if (who.Is(Roles.LegalAdvisor))
        {
            stages.Add(DecisionStage.LegalityReview);
        }

        if (who.Is(Roles.LegalClerk))
        {
            stages.UnionWith([DecisionStage.Drafting, DecisionStage.PublicParticipation, DecisionStage.Adopted]);
        }

        if (stages.Count == 0)
        {
            return [];
        }

        var rows = await db.Set<MajorDecision>().AsNoTracking().IgnoreAutoIncludes()
            .Where(d => d.TownshipId == who.TownshipId && stages.Contains(d.Stage))
            .Select(d => new
            {
                d.Id,
                d.Title,
                d.Stage,
                Due = db.Set<Deadline>()
                    .Where(x => x.SubjectId == d.Id && x.Owner == DeadlineOwner.Government
                                && (x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))
                    .OrderBy(x => x.DueDate).Select(x => (DateOnly?)x.DueDate).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return
        [
            .. rows.Select(d => d.Stage switch
            {
                DecisionStage.AwaitingDecision => new WaitingItem(Area, "集体讨论决定", d.Title, $"/workspace/decisions/{d.Id}", d.Due, "合法性审查已通过，提交常务会议或全体会议讨论（《重大行政决策程序暂行条例》第三十条）"),
                DecisionStage.LegalityReview => new WaitingItem(Area, "出具合法性审查意见", d.Title, $"/workspace/decisions/{d.Id}", d.Due, "《重大行政决策程序暂行条例》第二十五条至第二十八条"),
                DecisionStage.Drafting => new WaitingItem(Area, "公众参与、专家论证、风险评估后送请合法性审查", d.Title, $"/workspace/decisions/{d.Id}", d.Due),
                DecisionStage.PublicParticipation => new WaitingItem(Area, "公众参与期满后汇总意见", d.Title, $"/workspace/decisions/{d.Id}", d.Due),
                _ => new WaitingItem(Area, "公布决策", d.Title, $"/workspace/decisions/{d.Id}", d.Due, "决策机关应当通过本级政府公报和政府网站等及时公布（第三十二条）"),
            }),
        ];
    }
}
