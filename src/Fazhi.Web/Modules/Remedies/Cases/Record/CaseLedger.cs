using System.Globalization;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Remedies.Cases.Record;

internal sealed class CaseFilter
{
    /// <summary>Year the copy was received.</summary>
    public int? Year { get; set; }

    public RemedyKind? Kind { get; set; }

    /// <summary>true: only cases still without an outcome.</summary>
    public bool? Open { get; set; }

    public string? Q { get; set; }
}

/// <summary>行政复议、行政应诉案件台账: filtered and paged in SQL, exported in the clerks' columns.</summary>
internal sealed class CaseLedger(FazhiDbContext db)
{
    public IQueryable<RemedyCase> Query(CaseFilter filter)
    {
        var query = db.Set<RemedyCase>().AsNoTracking();
        if (filter.Year is { } year)
        {
            var start = new DateOnly(year, 1, 1);
            var end = new DateOnly(year, 12, 31);
            query = query.Where(c => c.CopyReceivedOn >= start && c.CopyReceivedOn <= end);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter.Open == true)
        {
            query = query.Where(c => c.Outcome == null);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(c => c.CaseNumber.Contains(q) || c.ChallengedAct.Contains(q) || c.Claimant.Contains(q));
        }

        return query.OrderByDescending(c => c.CopyReceivedOn).ThenBy(c => c.CaseNumber);
    }

    public async Task<(IReadOnlyList<RemedyCase> Rows, int Total)> PageAsync(CaseFilter filter, int page, int size, CancellationToken ct)
    {
        var query = Query(filter);
        return (await query.Skip((Math.Max(1, page) - 1) * size).Take(size).ToListAsync(ct), await query.CountAsync(ct));
    }

    public async Task<byte[]> ExportAsync(CaseFilter filter, CancellationToken ct)
    {
        var rows = (await Query(filter).ToListAsync(ct)).Select(c => new Dictionary<string, object?>
        {
            ["类型"] = RemedyLabels.Kind(c.Kind),
            ["案号"] = c.CaseNumber,
            ["申请人（原告）"] = c.Claimant,
            ["被申请复议（被诉）的行政行为"] = c.ChallengedAct,
            ["复议机关（法院）"] = c.Organ,
            ["涉政府信息公开"] = c.AboutDisclosure ? "是" : "",
            ["收到副本日期"] = Date(c.CopyReceivedOn),
            ["答复（答辩）日期"] = Date(c.AnsweredOn),
            ["开庭（听证）日期"] = Date(c.HearingOn),
            ["负责人出庭"] = c.LeaderAppeared is { } a ? (a ? "是" : "否") : "",
            ["出庭人员"] = c.AppearedBy ?? "",
            ["未出庭情形"] = c.AbsenceReason is { } r ? RemedyLabels.Absence(r) : "",
            ["结果"] = c.Outcome is { } o ? RemedyLabels.Outcome(o) : "",
            ["结果日期"] = Date(c.DecidedOn),
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "行政复议和行政应诉台账", cancellationToken: ct);
        return stream.ToArray();
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
