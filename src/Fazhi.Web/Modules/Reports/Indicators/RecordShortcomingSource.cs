using Fazhi.Modules.Documents.Contracts;
using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Indicators;

/// <summary>
/// Part 二 (存在的不足和原因, 督察工作规定 report item (二)) suggestions from the records: the township's own duties of the
/// year missed or met late, filings the county ordered corrected, officers without a valid certificate, late
/// publications. A party's or the public's period (陈述申辩、申请听证、缴纳罚款、征求意见) is not the township's duty and
/// never becomes a shortcoming of the government (ADR 0016). Suggestions are offered to the drafter, never written
/// into the report without a person choosing them.
/// </summary>
internal sealed class RecordShortcomingSource(FazhiDbContext db, IEnforcementFigures enforcement, IDocumentFigures documents) : IShortcomingSource
{
    public async Task<IReadOnlyList<ShortcomingHint>> ForYearAsync(Guid townshipId, int year, CancellationToken cancellationToken)
    {
        var hints = new List<ShortcomingHint>();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var missed = await db.Set<Deadline>()
            .Where(d => d.TownshipId == townshipId && d.Owner == DeadlineOwner.Government && d.DueDate >= first && d.DueDate <= last
                && (d.State == DeadlineState.Overdue || d.State == DeadlineState.MetLate))
            .Select(d => new { d.Title, d.State })
            .ToListAsync(cancellationToken);
        foreach (var group in missed.GroupBy(d => d.Title).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var overdue = group.Count(d => d.State == DeadlineState.Overdue);
            var late = group.Count(d => d.State == DeadlineState.MetLate);
            var parts = new List<string>();
            if (overdue > 0)
            {
                parts.Add($"{overdue}项逾期未办结");
            }

            if (late > 0)
            {
                parts.Add($"{late}项超期办结");
            }

            hints.Add(new ShortcomingHint($"“{group.Key}”期限管理不够严格，本年度{string.Join("、", parts)}。", "/workspace/deadlines"));
        }

        var e = await enforcement.ForYearAsync(townshipId, year, cancellationToken);
        if (e.OverdueDecisions > 0)
        {
            hints.Add(new ShortcomingHint($"行政处罚案件办理时效有待提高，{e.OverdueDecisions}宗普通程序案件未在立案之日起九十日内作出决定（行政处罚法第六十条）。", $"/workspace/enforcement/cases?year={year}"));
        }

        if (e.DecisionsPublished > e.DecisionsPublishedOnTime)
        {
            hints.Add(new ShortcomingHint($"行政执法公示不够及时，{e.DecisionsPublished - e.DecisionsPublishedOnTime}件处罚决定未在规定时限内公示。", $"/workspace/enforcement/cases?year={year}"));
        }

        if (e.OfficersTotal > e.OfficersCertified)
        {
            hints.Add(new ShortcomingHint($"执法队伍资格管理需加强，年末有{e.OfficersTotal - e.OfficersCertified}名执法人员执法证件过期或未通过年审。", "/workspace/enforcement/officers"));
        }

        if (e.Complaints > e.ComplaintsAnswered)
        {
            hints.Add(new ShortcomingHint($"执法投诉办理有待加强，{e.Complaints - e.ComplaintsAnswered}件投诉尚未答复。", "/workspace/enforcement/complaints"));
        }

        var d = await documents.ForTownshipAsync(townshipId, year, cancellationToken);
        if (d.CorrectionOrdered > 0)
        {
            hints.Add(new ShortcomingHint($"规范性文件制定质量有待提高，{d.CorrectionOrdered}件文件在备案审查中被责令纠正。", $"/api/workspace/documents/ledger?year={year}"));
        }

        if (d.Published > d.PublishedOnTime)
        {
            hints.Add(new ShortcomingHint($"规范性文件公布不够及时，{d.Published - d.PublishedOnTime}件文件未按时公布。", $"/api/workspace/documents/ledger?year={year}"));
        }

        return hints;
    }
}
