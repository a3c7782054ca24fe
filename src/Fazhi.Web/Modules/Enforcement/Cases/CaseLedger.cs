using System.Globalization;
using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace Fazhi.Modules.Enforcement.Cases;

/// <summary>The case ledger (行政处罚案件台账) and the figures computed from it; rates and counts are never typed in.</summary>
internal sealed class CaseLedger(FazhiDbContext db, Platform.Deadlines.IDeadlines deadlines, IOptions<EnforcementOptions> options) : IEnforcementFigures
{
    public async Task<EnforcementYearFigures> ForYearAsync(Guid townshipId, int year, CancellationToken cancellationToken)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var cases = await db.Set<EnforcementCase>().IgnoreAutoIncludes()
            .Where(c => c.TownshipId == townshipId && c.Year == year)
            .Select(c => new { c.FiledOn, c.ClosedOn, c.DecidedOn, c.LegalReviewedOn, c.LegalReviewOpinion, c.Procedure })
            .ToListAsync(cancellationToken);
        var closed = cases.Where(c => c.ClosedOn is { } d && d <= yearEnd).ToList();
        var reviews = await db.Set<EnforcementCase>().IgnoreAutoIncludes()
            .CountAsync(c => c.TownshipId == townshipId && c.LegalReviewedOn != null && c.LegalReviewedOn.Value.Year == year, cancellationToken);
        var disclosures = await db.Set<PenaltyDisclosure>()
            .Where(d => d.TownshipId == townshipId && d.PublishedOn.Year == year)
            .Select(d => new { d.DecidedOn, d.PublishedOn })
            .ToListAsync(cancellationToken);
        var overdue = cases.Count(c => c.Procedure == CaseProcedure.General &&
            (c.DecidedOn ?? yearEnd).DayNumber - c.FiledOn.DayNumber > options.Value.DecisionPeriodDays);
        // Effective-dated registers (ADR 0017): the officers who served at some time in the year, and of them those
        // serving on 31 December; an officer registered or leaving later does not change the year.
        var yearStart = new DateOnly(year, 1, 1);
        var officers = await db.Set<Officer>().Include(o => o.Trainings)
            .Where(o => o.TownshipId == townshipId && o.JoinedOn <= yearEnd && (o.LeftOn == null || o.LeftOn > yearStart))
            .ToListAsync(cancellationToken);
        var serving = officers.Where(o => o.IsServingOn(yearEnd)).ToList();
        var complaints = await db.Set<EnforcementComplaint>().Where(c => c.TownshipId == townshipId && c.ReceivedOn.Year == year)
            .Select(c => new { c.RepliedOn }).ToListAsync(cancellationToken);
        return new EnforcementYearFigures(
            year,
            cases.Count,
            closed.Count,
            cases.Count - closed.Count,
            reviews,
            disclosures.Count,
            await OnTimeAsync(disclosures.Select(d => (d.DecidedOn, d.PublishedOn)), cancellationToken),
            overdue,
            closed.Count == 0 ? 0 : Math.Round(closed.Average(c => c.ClosedOn!.Value.DayNumber - c.FiledOn.DayNumber), 1),
            await db.Set<PowerItem>().CountAsync(p => p.TownshipId == townshipId && p.EffectiveFrom <= yearEnd && (p.WithdrawnOn == null || p.WithdrawnOn > yearEnd), cancellationToken),
            serving.Count,
            serving.Count(o => o.WhyNotCertified(yearEnd, options.Value) is null),
            officers.Count(o => o.Trainings.Any(t => t.Year == year)),
            officers.Count(o => o.Trainings.Any(t => t.Year == year && t.ExamPassed == true)),
            complaints.Count,
            complaints.Count(c => c.RepliedOn is not null));
    }

    /// <summary>Published within 7 working days of the decision (国办发〔2018〕118号 (六)), on the official calendar.</summary>
    private async Task<int> OnTimeAsync(IEnumerable<(DateOnly DecidedOn, DateOnly PublishedOn)> disclosures, CancellationToken ct)
    {
        var onTime = 0;
        foreach (var (decided, published) in disclosures)
        {
            var due = await deadlines.ComputeDueAsync(EnforcementDeadlines.Publication(options.Value), decided, ct);
            onTime += published <= due.Date ? 1 : 0;
        }

        return onTime;
    }

    public async Task<byte[]> ExportAsync(Guid townshipId, int? year, CancellationToken ct)
    {
        var query = db.Set<EnforcementCase>().Where(c => c.TownshipId == townshipId);
        if (year is not null)
        {
            query = query.Where(c => c.Year == year);
        }

        var cases = await query.OrderBy(c => c.Year).ThenBy(c => c.Sequence).ToListAsync(ct);
        var rows = cases.Select(c => new Dictionary<string, object?>
        {
            ["案件编号"] = c.CaseNumber,
            ["程序"] = c.Procedure == CaseProcedure.General ? "普通程序" : "简易程序",
            ["案由"] = c.Title,
            ["当事人"] = c.PartyName,
            ["职权事项"] = c.PowerItemName,
            ["立案日期"] = c.FiledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["执法人员"] = string.Join("、", c.Officers.Select(o => $"{o.OfficerName}({o.CertificateNumber})")),
            ["阶段"] = Rules.CaseStages.Label(c.Stage),
            ["重大案件"] = c.IsMajor ? "是" : "否",
            ["法制审核"] = c.LegalReviewOpinion switch { LegalReviewOpinion.Approved => "同意", LegalReviewOpinion.HasProblems => "存在问题", _ => "" },
            ["决定书文号"] = c.DecisionNumber,
            ["处罚种类"] = c.PenaltyKinds,
            ["罚款金额（元）"] = c.FineAmount,
            ["决定日期"] = c.DecidedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["送达日期"] = c.ServedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["结案日期"] = c.ClosedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["已撤销"] = c.IsRevoked ? "是" : "",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, cancellationToken: ct);
        return stream.ToArray();
    }
}
