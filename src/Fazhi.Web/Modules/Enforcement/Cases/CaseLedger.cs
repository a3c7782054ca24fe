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
    /// <summary>One township's figures (its ledger page).</summary>
    public async Task<EnforcementYearFigures> ForYearAsync(Guid townshipId, int year, CancellationToken cancellationToken) =>
        (await ForTownshipsAsync([townshipId], year, cancellationToken))[townshipId];

    public async Task<IReadOnlyDictionary<Guid, EnforcementYearFigures>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(townshipIds);
        var ids = townshipIds.Distinct().ToList();
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        // One query per kind of record for all the townships together (ADR 0020); grouped here by township.
        var cases = await db.Set<EnforcementCase>().IgnoreAutoIncludes().AsNoTracking()
            .Where(c => ids.Contains(c.TownshipId) && c.Year == year)
            .Select(c => new { c.TownshipId, c.FiledOn, c.ClosedOn, c.DecidedOn, c.Procedure })
            .ToListAsync(cancellationToken);
        // The year's acts on any case, whatever year it was filed in, each by its own date (year-true): 法制审核,
        // 集体讨论 and the decision with its penalty kinds and fine (one query; counted per township below).
        var acts = await db.Set<EnforcementCase>().IgnoreAutoIncludes().AsNoTracking()
            .Where(c => ids.Contains(c.TownshipId) && (
                (c.LegalReviewedOn != null && c.LegalReviewedOn >= yearStart && c.LegalReviewedOn <= yearEnd) ||
                (c.DiscussedOn != null && c.DiscussedOn >= yearStart && c.DiscussedOn <= yearEnd) ||
                (c.DecidedOn != null && c.DecidedOn >= yearStart && c.DecidedOn <= yearEnd)))
            .Select(c => new { c.TownshipId, c.LegalReviewedOn, c.DiscussedOn, c.DecidedOn, c.RevokedOn, c.PenaltyKinds, c.FineAmount })
            .ToListAsync(cancellationToken);
        var reviews = acts.Where(a => a.LegalReviewedOn >= yearStart && a.LegalReviewedOn <= yearEnd)
            .GroupBy(a => a.TownshipId).ToDictionary(g => g.Key, g => g.Count());
        var disclosures = await db.Set<PenaltyDisclosure>().AsNoTracking()
            .Where(d => ids.Contains(d.TownshipId) && d.PublishedOn >= yearStart && d.PublishedOn <= yearEnd)
            .Select(d => new { d.TownshipId, d.DecidedOn, d.PublishedOn })
            .ToListAsync(cancellationToken);
        var powers = await db.Set<PowerItem>().AsNoTracking()
            .Where(p => ids.Contains(p.TownshipId) && p.EffectiveFrom <= yearEnd && (p.WithdrawnOn == null || p.WithdrawnOn > yearEnd))
            .GroupBy(p => p.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TownshipId, g => g.Count, cancellationToken);
        // Effective-dated registers (ADR 0017): the officers who served at some time in the year, and of them those
        // serving on 31 December; an officer registered or leaving later does not change the year.
        // Only what the year's figures read: the 年审 of the year before (WhyNotCertified on 31 December) and the year's
        // trainings; every officer's whole history is five times as many rows at 2,000 townships (bench/scale.sh).
        var officers = await db.Set<Officer>().AsNoTracking().AsSplitQuery().IgnoreAutoIncludes()
            .Include(o => o.Reviews.Where(r => r.Year == year - 1))
            .Include(o => o.PastCertificates)
            .Include(o => o.Trainings.Where(t => t.Year == year))
            .Where(o => ids.Contains(o.TownshipId) && o.JoinedOn <= yearEnd && (o.LeftOn == null || o.LeftOn > yearStart))
            .ToListAsync(cancellationToken);
        var complaints = await db.Set<EnforcementComplaint>().AsNoTracking()
            .Where(c => ids.Contains(c.TownshipId) && c.ReceivedOn >= yearStart && c.ReceivedOn <= yearEnd)
            .Select(c => new { c.TownshipId, Answered = c.RepliedOn != null }).ToListAsync(cancellationToken);

        // Looked up by township: scanning every row once per township grows with the square of the county (bench/Fazhi.Bench.Scale).
        var casesByTownship = cases.ToLookup(x => x.TownshipId);
        var disclosuresByTownship = disclosures.ToLookup(x => x.TownshipId);
        var officersByTownship = officers.ToLookup(x => x.TownshipId);
        var complaintsByTownship = complaints.ToLookup(x => x.TownshipId);
        var actsByTownship = acts.ToLookup(x => x.TownshipId);
        var figures = new Dictionary<Guid, EnforcementYearFigures>();
        foreach (var id in ids)
        {
            var own = casesByTownship[id].ToList();
            var closed = own.Where(c => c.ClosedOn is { } d && d <= yearEnd).ToList();
            var published = disclosuresByTownship[id].ToList();
            var overdue = own.Count(c => c.Procedure == CaseProcedure.General &&
                (c.DecidedOn ?? yearEnd).DayNumber - c.FiledOn.DayNumber > options.Value.DecisionPeriodDays);
            var served = officersByTownship[id].ToList();
            var serving = served.Where(o => o.IsServingOn(yearEnd)).ToList();
            var received = complaintsByTownship[id].ToList();
            // A decision revoked by 31 December (行政处罚法 第六十五条 撤销) no longer stood at the year's end.
            var decisions = actsByTownship[id].Where(a => a.DecidedOn >= yearStart && a.DecidedOn <= yearEnd && (a.RevokedOn == null || a.RevokedOn > yearEnd)).ToList();
            figures[id] = new EnforcementYearFigures(
                year,
                own.Count,
                closed.Count,
                own.Count - closed.Count,
                reviews.GetValueOrDefault(id),
                published.Count,
                await OnTimeAsync(published.Select(d => (d.DecidedOn, d.PublishedOn)), cancellationToken),
                overdue,
                closed.Count == 0 ? 0 : Math.Round(closed.Average(c => c.ClosedOn!.Value.DayNumber - c.FiledOn.DayNumber), 1),
                powers.GetValueOrDefault(id),
                serving.Count,
                serving.Count(o => o.WhyNotCertified(yearEnd, options.Value) is null),
                served.Count(o => o.Trainings.Any(t => t.Year == year)),
                served.Count(o => o.Trainings.Any(t => t.Year == year && t.ExamPassed == true)),
                received.Count,
                received.Count(c => c.Answered))
            {
                FinesTotal = decisions.Sum(d => d.FineAmount ?? 0m),
                Decisions = decisions.Count,
                DecisionsByKind = decisions
                    .SelectMany(d => (d.PenaltyKinds ?? "").Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    .GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                CasesSimplified = own.Count(c => c.Procedure == CaseProcedure.Simplified),
                CasesGeneral = own.Count(c => c.Procedure == CaseProcedure.General),
                CollectiveDiscussions = actsByTownship[id].Count(a => a.DiscussedOn >= yearStart && a.DiscussedOn <= yearEnd),
                OfficersSatExam = served.Count(o => o.Trainings.Any(t => t.Year == year && t.ExamPassed != null)),
            };
        }

        return figures;
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
