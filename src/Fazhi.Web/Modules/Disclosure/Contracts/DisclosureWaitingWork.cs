using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disclosure.Contracts;

/// <summary>
/// 待我办理 of 政府信息公开 (ADR 0027), in one query: applications the clerk confirms and answers; a reply period near its
/// end, which only a leader may extend (《政府信息公开条例》第三十三条第二款); last year's annual report the leader
/// approves (第四十九条、第五十条; the township's date is a setting).
/// </summary>
internal sealed class DisclosureWaitingWork(FazhiDbContext db, IOptions<DisclosureOptions> options) : IWaitingWorkSource
{
    private const string Area = "政府信息公开";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Is(Roles.Leader) && !who.Is(Roles.LegalClerk))
        {
            return [];
        }

        var lastYear = who.Today.Year - 1;
        var rows = await db.Set<DisclosureRequest>().AsNoTracking()
            .Where(r => r.TownshipId == who.TownshipId && (r.State == RequestState.AwaitingConfirmation || r.State == RequestState.InProgress))
            .Select(r => new
            {
                r.Id,
                r.Number,
                r.State,
                r.ExtensionDays,
                Due = db.Set<Deadline>()
                    .Where(x => x.SubjectId == r.Id && x.Owner == DeadlineOwner.Government
                                && (x.State == DeadlineState.Pending || x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue))
                    .OrderBy(x => x.DueDate).Select(x => (DateOnly?)x.DueDate).FirstOrDefault(),
                Ending = db.Set<Deadline>().Any(x => x.SubjectId == r.Id && x.Owner == DeadlineOwner.Government
                                                     && (x.State == DeadlineState.DueSoon || x.State == DeadlineState.Overdue)),
                ReportApproved = db.Set<DisclosureReport>().Any(p => p.TownshipId == who.TownshipId && p.Year == lastYear),
            })
            .ToListAsync(cancellationToken);

        var items = new List<WaitingItem>();
        foreach (var r in rows)
        {
            var subject = $"政府信息公开申请 {r.Number}";
            var url = $"/workspace/disclosure/requests/{r.Id}";
            if (who.Is(Roles.LegalClerk))
            {
                items.Add(r.State == RequestState.AwaitingConfirmation
                    ? new WaitingItem(Area, "确认收到申请", subject, url, r.Due, "确认之日起计算答复期限（第三十一条）")
                    : new WaitingItem(Area, "答复申请", subject, url, r.Due, "收到申请之日起20个工作日内答复（第三十三条）"));
            }

            if (who.Is(Roles.Leader) && r.State == RequestState.InProgress && r.Ending && r.ExtensionDays == 0)
            {
                items.Add(new WaitingItem(Area, "审批是否延长答复期限", subject, url, r.Due, "需要延长的，经负责人同意并告知申请人，延长不超过20个工作日（第三十三条第二款）"));
            }
        }

        // The annual report is asked about in the same query only when there are applications; otherwise one small query.
        var approved = rows.Count > 0
            ? rows[0].ReportApproved
            : await db.Set<DisclosureReport>().AnyAsync(p => p.TownshipId == who.TownshipId && p.Year == lastYear, cancellationToken);
        if (who.Is(Roles.Leader) && !approved)
        {
            items.Add(new WaitingItem(Area, "审定政府信息公开工作年度报告", $"{lastYear}年政府信息公开工作年度报告", "/workspace/disclosure/annual-report",
                options.Value.AnnualReportDueDate(lastYear), "按规定期限公布上一年度报告（《政府信息公开条例》第四十九条、第五十条）"));
        }

        return items;
    }
}
