using System.Globalization;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Disputes.Screening.Ledger;

/// <summary>One village's screening in a year: rounds held, disputes found and what became of them.</summary>
internal sealed record VillageScreening(string Area, int Rounds, int Found, int Resolved, int Mediation, int Escalated, int Pending);

/// <summary>矛盾纠纷排查台账: rounds by village, the disputes found, their outcomes; exported one row per dispute.</summary>
internal sealed class ScreeningLedger(FazhiDbContext db)
{
    public const int PageSize = 20;

    public async Task<(List<ScreeningRound> Rounds, int Total)> PageAsync(int year, Guid? villageId, int page, CancellationToken ct)
    {
        var query = Rounds(year, villageId);
        return (await query.OrderByDescending(r => r.ConductedOn).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct), await query.CountAsync(ct));
    }

    /// <summary>Totals per village for the year, computed in one grouped query over the findings and one over the rounds.</summary>
    public async Task<IReadOnlyList<VillageScreening>> ByVillageAsync(int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rounds = await db.Set<ScreeningRound>().Where(r => r.ConductedOn >= from && r.ConductedOn <= to)
            .GroupBy(r => r.Area).Select(g => new { Area = g.Key, Count = g.Count() }).ToListAsync(ct);
        var findings = await db.Set<ScreeningFinding>().Where(f => f.FoundOn >= from && f.FoundOn <= to)
            .GroupBy(f => new { f.Area, f.Status }).Select(g => new { g.Key.Area, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return [.. rounds.OrderBy(r => r.Area, StringComparer.Ordinal).Select(r =>
        {
            int Of(FindingStatus s) => findings.Where(f => f.Area == r.Area && f.Status == s).Sum(f => f.Count);
            return new VillageScreening(r.Area, r.Count, findings.Where(f => f.Area == r.Area).Sum(f => f.Count), Of(FindingStatus.Resolved), Of(FindingStatus.ReferredToMediation),
                Of(FindingStatus.Escalated), Of(FindingStatus.Pending));
        })];
    }

    public async Task<byte[]> ExportAsync(int year, Guid? villageId, CancellationToken ct)
    {
        var rounds = await Rounds(year, villageId).OrderBy(r => r.ConductedOn).ToListAsync(ct);
        var n = 0;
        var rows = rounds.SelectMany(r => r.Findings.OrderBy(f => f.Order).Select(f => new Dictionary<string, object?>
        {
            ["序号"] = ++n,
            ["排查日期"] = Day(r.ConductedOn),
            ["村（社区）"] = r.Area,
            ["排查人员"] = r.Team,
            ["纠纷情况"] = f.Summary,
            ["纠纷类型"] = DisputeLabels.Topic(f.Topic),
            ["当事人"] = f.Parties ?? "",
            ["化解情况"] = DisputeLabels.Finding(f.Status),
            ["化解或上报日期"] = Day(f.ResolvedOn),
            ["化解措施"] = f.Resolution ?? "",
            ["上报机关"] = f.EscalatedTo ?? "",
            ["包案领导"] = f.LeaderName ?? "",
            ["包案期限"] = Day(f.LeaderDueOn),
        })).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "矛盾纠纷排查台账", cancellationToken: ct);
        return stream.ToArray();
    }

    public Task<List<ScreeningFinding>> LeaderCasesAsync(bool openOnly, CancellationToken ct)
    {
        var query = db.Set<ScreeningFinding>().Where(f => f.LeaderUserName != null);
        if (openOnly)
        {
            query = query.Where(f => f.Status == FindingStatus.Pending);
        }

        return query.OrderBy(f => f.LeaderDueOn).ToListAsync(ct);
    }

    private IQueryable<ScreeningRound> Rounds(int year, Guid? villageId)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var query = db.Set<ScreeningRound>().Where(r => r.ConductedOn >= from && r.ConductedOn <= to);
        return villageId is { } v ? query.Where(r => r.VillageId == v) : query;
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
