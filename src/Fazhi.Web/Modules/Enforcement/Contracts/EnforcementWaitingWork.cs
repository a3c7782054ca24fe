using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Contracts;

/// <summary>
/// 待我办理 of penalty cases (ADR 0027), in one query over the township's open cases: an officer's own cases (where the
/// register links them to their account) with each case's next step; the advisor's assigned 法制审核; the leader's
/// collective discussions, decisions and extensions of the decision period; the clerk's hearing notices, service,
/// 事后公示 and closing.
/// </summary>
internal sealed class EnforcementWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "行政执法";
    private const string DecisionRule = "enforcement.decision";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Is(Roles.EnforcementOfficer) && !who.Is(Roles.Leader) && !who.Is(Roles.LegalAdvisor) && !who.Is(Roles.LegalClerk))
        {
            return [];
        }

        var userName = who.UserName;
        var userId = who.UserId;
        var cases = await db.Set<EnforcementCase>().AsNoTracking().IgnoreAutoIncludes()
            .Where(c => c.TownshipId == who.TownshipId && c.Stage != CaseStage.Closed && !c.IsRevoked)
            .Select(c => new CaseRow(
                c.Id, c.CaseNumber, c.Title, c.Stage, c.Evidence.Count,
                c.IsMajor, c.IsComplex, c.StatementDeadline, c.StatementWaived, c.StatementSummary != null,
                c.HearingRequestedOn != null, c.HearingNotifiedOn != null, c.HearingHeldOn != null,
                c.LegalReviewRequestedOn != null, c.LegalReviewOpinion != null, c.LegalReviewOpinion == LegalReviewOpinion.Approved,
                userId != null && c.LegalReviewerUserId == userId, c.DiscussedOn != null,
                db.Set<PenaltyDisclosure>().Any(p => p.CaseId == c.Id),
                c.Officers.Any(o => db.Set<Officer>().Any(x => x.Id == o.OfficerId && x.AccountUserName == userName)),
                db.Set<Deadline>()
                    .Where(x => x.SubjectId == c.Id && x.Owner == DeadlineOwner.Government
                                && (x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))
                    .OrderBy(x => x.DueDate).Select(x => (DateOnly?)x.DueDate).FirstOrDefault(),
                db.Set<Deadline>().Any(x => x.SubjectId == c.Id && x.RuleCode == DecisionRule
                                            && (x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))))
            .ToListAsync(cancellationToken);

        var items = new List<WaitingItem>();
        foreach (var c in cases)
        {
            var next = NextStep(c, who.Today);
            var subject = $"{c.CaseNumber} {c.Title}";
            var url = $"/workspace/enforcement/cases/{c.Id}";
            if (who.Is(Roles.EnforcementOfficer) && c.Mine)
            {
                items.Add(new WaitingItem(Area, next.Step, subject, url, c.Due, "您是本案承办执法人员" + (next.Note is null ? "" : "；" + next.Note)));
                continue;
            }

            if (who.Is(Roles.LegalAdvisor) && c.ReviewAssignedToMe && !c.ReviewGiven)
            {
                items.Add(new WaitingItem(Area, "出具法制审核意见", subject, url, c.Due, "指定由您审核（《行政处罚法》第五十八条）"));
                continue;
            }

            if (who.Is(Roles.Leader) && next.By == Taker.Leader)
            {
                items.Add(new WaitingItem(Area, next.Step, subject, url, c.Due, next.Note));
                continue;
            }

            if (who.Is(Roles.Leader) && c.DecisionPeriodEnding && c.Stage is CaseStage.Filed or CaseStage.Noticed)
            {
                items.Add(new WaitingItem(Area, "审批是否延长办案期限", subject, url, c.Due, "作出处罚决定的期限将至（《行政处罚法》第六十条）"));
                continue;
            }

            if (who.Is(Roles.LegalClerk) && next.By == Taker.Clerk)
            {
                items.Add(new WaitingItem(Area, next.Step, subject, url, c.Due, next.Note));
            }
        }

        return items;
    }

    /// <summary>Who takes a case's next step, as the steps' rules admit them (officers investigate, leaders decide, the clerk organises and publishes).</summary>
    private enum Taker
    {
        Officer,
        Leader,
        Clerk,
        Reviewer,
        Party,
    }

    private sealed record Next(string Step, Taker By, string? Note = null);

    /// <summary>The case's next step by the 行政处罚法's order: 调查取证 → 告知 → (听证) → (法制审核) → (集体讨论) → 决定 → 送达 → 公示、执行 → 结案.</summary>
    private static Next NextStep(CaseRow c, DateOnly today)
    {
        switch (c.Stage)
        {
            case CaseStage.Filed:
                return c.EvidenceCount == 0 ? new("调查取证", Taker.Officer) : new("事先告知当事人", Taker.Officer, "证据确凿后告知（第四十四条）");
            case CaseStage.Noticed:
                var statementOver = c.StatementWaived || c.StatementRecorded || (c.StatementDeadline is { } end && end < today);
                if (c.HearingRequested && !c.HearingNotified)
                {
                    return new("通知听证", Taker.Clerk, "听证七日前通知当事人（第六十四条）");
                }

                if (c.HearingNotified && !c.HearingHeld)
                {
                    return new("举行听证并记录笔录", Taker.Clerk);
                }

                if (!statementOver)
                {
                    return new("等待当事人陈述申辩", Taker.Party, $"期限至 {c.StatementDeadline:yyyy-MM-dd}");
                }

                if ((c.IsMajor || c.HearingHeld) && !c.ReviewRequested)
                {
                    return new("提请法制审核", Taker.Officer, "重大执法决定须法制审核（第五十八条）");
                }

                if ((c.IsMajor || c.HearingHeld) && !c.ReviewGiven)
                {
                    return new("等待法制审核意见", Taker.Reviewer);
                }

                if ((c.IsMajor || c.IsComplex) && !c.Discussed)
                {
                    return new("负责人集体讨论", Taker.Leader, "情节复杂或重大违法行为（第五十七条第二款）");
                }

                return new("作出行政处罚决定", Taker.Leader, "陈述申辩已结束（第五十七条、第六十二条）");
            case CaseStage.Decided:
                return new("送达处罚决定书", Taker.Clerk, "七日内送达（第六十一条）");
            case CaseStage.Served when !c.Published:
                return new("事后公示", Taker.Clerk, "七个工作日内公示（国办发〔2018〕118号）");
            case CaseStage.Served:
                return new("登记执行", Taker.Officer);
            case CaseStage.Executed:
                return new("结案", Taker.Clerk);
            default:
                return new("办理", Taker.Officer);
        }
    }

    private sealed record CaseRow(
        Guid Id, string CaseNumber, string Title, CaseStage Stage, int EvidenceCount,
        bool IsMajor, bool IsComplex, DateOnly? StatementDeadline, bool StatementWaived, bool StatementRecorded,
        bool HearingRequested, bool HearingNotified, bool HearingHeld,
        bool ReviewRequested, bool ReviewGiven, bool ReviewPassed,
        bool ReviewAssignedToMe, bool Discussed, bool Published, bool Mine, DateOnly? Due, bool DecisionPeriodEnding);
}
