using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Remedies.Contracts;

/// <summary>
/// 待我办理 of 行政复议 and 行政应诉 (ADR 0027), in one query: the clerk's 书面答复 (《行政复议法》第四十八条、第五十四条)
/// or 答辩状 (《行政诉讼法》第六十七条) due, and the correction to report after a 行政复议意见书 (第七十六条); the leader
/// is told a lawsuit answered and awaiting its hearing, where the head appears in court (《行政诉讼法》第三条第三款).
/// </summary>
internal sealed class RemediesWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "行政复议和行政应诉";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var clerk = who.Is(Roles.LegalClerk);
        var leader = who.Is(Roles.Leader);
        if (!clerk && !leader)
        {
            return [];
        }

        var rows = await db.Set<RemedyCase>().AsNoTracking()
            .Where(c => c.TownshipId == who.TownshipId
                        && ((clerk && c.AnsweredOn == null && c.Outcome == null)
                            || (clerk && c.OpinionReceivedOn != null && c.CorrectionReportedOn == null)
                            || (leader && c.Kind == RemedyKind.Litigation && c.AnsweredOn != null && c.HearingOn == null && c.Outcome == null)))
            .Select(c => new
            {
                c.Id,
                c.Kind,
                c.CaseNumber,
                c.ChallengedAct,
                c.AnsweredOn,
                c.HearingOn,
                c.Outcome,
                c.OpinionReceivedOn,
                c.CorrectionReportedOn,
                AnswerDue = db.Set<Deadline>()
                    .Where(x => x.SubjectId == c.Id && x.RuleCode == RemedyDeadlines.AnswerCode && x.Owner == DeadlineOwner.Government
                                && (x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))
                    .Select(x => (DateOnly?)x.DueDate).FirstOrDefault(),
                CorrectionDue = db.Set<Deadline>()
                    .Where(x => x.SubjectId == c.Id && x.RuleCode == RemedyDeadlines.CorrectionReportCode && x.Owner == DeadlineOwner.Government
                                && (x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))
                    .Select(x => (DateOnly?)x.DueDate).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var items = new List<WaitingItem>();
        foreach (var c in rows)
        {
            var subject = $"{c.CaseNumber} {c.ChallengedAct}";
            var url = $"/workspace/remedies/{c.Id}";
            var reconsideration = c.Kind == RemedyKind.Reconsideration;
            if (clerk && c.AnsweredOn is null && c.Outcome is null)
            {
                items.Add(reconsideration
                    ? new WaitingItem(Area, "提出书面答复并提交证据", subject, url, c.AnswerDue, "自收到申请书副本之日起10日内（简易程序5日内）提出书面答复（《行政复议法》第四十八条、第五十四条）")
                    : new WaitingItem(Area, "提交答辩状和证据", subject, url, c.AnswerDue, "收到起诉状副本之日起15日内提交答辩状（《行政诉讼法》第六十七条）"));
            }

            if (clerk && c.OpinionReceivedOn is not null && c.CorrectionReportedOn is null)
            {
                items.Add(new WaitingItem(Area, "报送意见书纠正情况", subject, url, c.CorrectionDue, "收到行政复议意见书之日起60日内报送纠正情况（《行政复议法》第七十六条）"));
            }

            if (leader && !reconsideration && c.AnsweredOn is not null && c.HearingOn is null && c.Outcome is null)
            {
                items.Add(new WaitingItem(Area, "负责人出庭应诉", subject, url, null, "被诉行政机关负责人应当出庭应诉；不能出庭的，应当委托相应的工作人员出庭（《行政诉讼法》第三条第三款）"));
            }
        }

        return items;
    }
}
