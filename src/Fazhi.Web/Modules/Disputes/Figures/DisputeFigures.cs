using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Figures;

/// <summary>One township's year of disputes and requests, as the annual report and the county page state it.</summary>
internal sealed record DisputeYear(
    int MediationCases,
    int WrittenAgreements,
    int OralAgreements,
    decimal AmountInvolvedYuan,
    int WithLawyers,
    int DisputesReceived,
    int DisputesAccepted,
    int MediationsConcluded,
    int MediationsSucceeded,
    int FindingsResolved,
    int PetitionsReceived,
    int PetitionsAccepted,
    int PetitionsAnswered,
    int PetitionsAnsweredOnTime,
    int TicketsReceived,
    int TicketsReplied,
    int TicketsRepliedOnTime,
    int TicketsFollowedUp,
    int TicketsSatisfied)
{
    /// <summary>Days from 受理 to the agreement in force, averaged over the year's agreed cases; null when none was agreed.</summary>
    public double? AverageDaysToAgreement { get; init; }

    /// <summary>Days from 收到 to the written handling opinion, averaged over the year's petitions answered by 31 December.</summary>
    public double? PetitionAverageDays { get; init; }

    /// <summary>Days from 收到 to the reply, averaged over the year's 12345 tickets replied by 31 December.</summary>
    public double? TicketAverageDays { get; init; }

    public static DisputeYear Empty { get; } = new(0, 0, 0, 0m, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The amount in 万元 with two decimals, as the seeds state it (约73.39万元).</summary>
    public decimal AmountInvolvedTenThousands => Math.Round(AmountInvolvedYuan / 10_000m, 2, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The year's figures for a set of townships, year-true: what was received, accepted, agreed or resolved in that year
/// by its own dates (受理日期, 化解日期, 收到日期), not the records' present state. One query per register for all the
/// townships together (rows of the year, aggregated here: SQLite cannot sum decimals in SQL).
/// </summary>
internal sealed class DisputeFigures(FazhiDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, DisputeYear>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(townshipIds);
        var ids = townshipIds.Distinct().ToList();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);

        var cases = await db.Set<MediationCase>().IgnoreAutoIncludes().AsNoTracking()
            .Where(c => ids.Contains(c.TownshipId) && c.AcceptedOn >= from && c.AcceptedOn <= to)
            .Select(c => new { c.TownshipId, c.Status, c.AgreementForm, c.AcceptedOn, c.AgreementEffectiveOn, c.LawyerInvolved, c.AmountInvolved })
            .ToListAsync(ct);
        var disputes = await db.Set<Matter>().IgnoreAutoIncludes().AsNoTracking()
            .Where(m => ids.Contains(m.TownshipId) && m.Category == MatterCategory.Dispute && m.Status != MatterStatus.Linked && m.ReceivedOn >= from && m.ReceivedOn <= to)
            .GroupBy(m => m.TownshipId)
            .Select(g => new { TownshipId = g.Key, Received = g.Count(), Accepted = g.Count(m => m.Procedure != MatterProcedure.General || m.RepliedOn != null) })
            .ToListAsync(ct);
        var findings = await db.Set<ScreeningFinding>().AsNoTracking()
            .Where(f => ids.Contains(f.TownshipId) && f.Status == FindingStatus.Resolved && f.ResolvedOn >= from && f.ResolvedOn <= to)
            .GroupBy(f => f.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        // One projection per register (rows of the year, aggregated here): the counts and the day counts behind the
        // averages come from the same rows, and SQLite cannot subtract dates in SQL.
        var petitions = await db.Set<Petition>().AsNoTracking()
            .Where(p => ids.Contains(p.TownshipId) && p.ReceivedOn >= from && p.ReceivedOn <= to)
            .Select(p => new { p.TownshipId, p.ReceivedOn, Accepted = p.AcceptedOn != null, p.OpinionIssuedOn, p.HandlingDueOn })
            .ToListAsync(ct);
        var tickets = await db.Set<HotlineTicket>().AsNoTracking()
            .Where(t => ids.Contains(t.TownshipId) && t.ReceivedOn >= from && t.ReceivedOn <= to)
            .Select(t => new { t.TownshipId, t.ReceivedOn, t.RepliedOn, t.DueOn, t.Satisfaction })
            .ToListAsync(ct);

        // Looked up by township: scanning every row once per township grows with the square of the county (bench/Fazhi.Bench.Scale).
        var casesByTownship = cases.ToLookup(x => x.TownshipId);
        var disputesByTownship = disputes.ToLookup(x => x.TownshipId);
        var petitionsByTownship = petitions.ToLookup(x => x.TownshipId);
        var ticketsByTownship = tickets.ToLookup(x => x.TownshipId);
        var findingsByTownship = findings.ToLookup(x => x.TownshipId);

        var result = new Dictionary<Guid, DisputeYear>();
        foreach (var id in ids)
        {
            var c = casesByTownship[id].ToList();
            var d = disputesByTownship[id].SingleOrDefault();
            var p = petitionsByTownship[id].ToList();
            var t = ticketsByTownship[id].ToList();
            // 调处成功: an agreement reached and in force (written ones once signed and sealed, 人民调解法 第二十九条).
            var succeeded = c.Count(x => x.AgreementEffectiveOn != null);
            var agreedDays = c.Where(x => x.AgreementEffectiveOn <= to).Select(x => (double)(x.AgreementEffectiveOn!.Value.DayNumber - x.AcceptedOn.DayNumber)).ToList();
            var concluded = c.Count(x => x.AgreementEffectiveOn != null || x.Status == MediationStatus.Failed || x.Status == MediationStatus.Refused);
            result[id] = new DisputeYear(
                c.Count,
                c.Count(x => x.AgreementForm == AgreementForm.Written && x.AgreementEffectiveOn != null),
                c.Count(x => x.AgreementForm == AgreementForm.Oral && x.AgreementEffectiveOn != null),
                c.Sum(x => x.AmountInvolved),
                c.Count(x => x.LawyerInvolved),
                d?.Received ?? 0,
                d?.Accepted ?? 0,
                concluded,
                succeeded,
                findingsByTownship[id].SingleOrDefault()?.Count ?? 0,
                p.Count,
                p.Count(x => x.Accepted),
                p.Count(x => x.OpinionIssuedOn != null),
                p.Count(x => x.OpinionIssuedOn != null && x.HandlingDueOn != null && x.OpinionIssuedOn <= x.HandlingDueOn),
                t.Count,
                t.Count(x => x.RepliedOn != null),
                t.Count(x => x.RepliedOn != null && x.RepliedOn <= x.DueOn),
                t.Count(x => x.Satisfaction != null),
                t.Count(x => x.Satisfaction is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied))
            {
                // 人民调解法 第三十三条 leaves the period to the committee; the report's 平均调处天数 counts the cases of
                // the year whose agreement was in force by 31 December, from 受理 to the agreement (year-true).
                AverageDaysToAgreement = agreedDays.Count == 0 ? null : agreedDays.Average(),
                // 信访工作条例 第三十二条 and the 12345 periods are the duty; these averages say how fast it was done.
                // Over the year's records answered by 31 December, from 收到 to the answer.
                PetitionAverageDays = AverageDays(p.Where(x => x.OpinionIssuedOn <= to).Select(x => x.OpinionIssuedOn!.Value.DayNumber - x.ReceivedOn.DayNumber)),
                TicketAverageDays = AverageDays(t.Where(x => x.RepliedOn <= to).Select(x => x.RepliedOn!.Value.DayNumber - x.ReceivedOn.DayNumber)),
            };
        }

        return result;
    }

    private static double? AverageDays(IEnumerable<int> days)
    {
        var list = days.ToList();
        return list.Count == 0 ? null : list.Average();
    }
}
