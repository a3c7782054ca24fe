using System.Globalization;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Advisors.Reviews.Record;

internal sealed class ReviewFilter
{
    public int? Year { get; set; }

    /// <summary>true: only contracts signed before their review.</summary>
    public bool? Flagged { get; set; }

    public string? Q { get; set; }
}

/// <summary>合法性审查台账 for contracts: filtered and paged in SQL, exported in the clerks' columns.</summary>
internal sealed class ReviewLedger(FazhiDbContext db)
{
    public IQueryable<ContractReview> Query(ReviewFilter filter)
    {
        var query = db.Set<ContractReview>().AsNoTracking();
        if (filter.Year is { } year)
        {
            var start = new DateOnly(year, 1, 1);
            var end = new DateOnly(year, 12, 31);
            query = query.Where(r => r.SubmittedOn >= start && r.SubmittedOn <= end);
        }

        if (filter.Flagged == true)
        {
            query = query.Where(r => r.SignedBeforeReview);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(r => r.Title.Contains(q) || r.Counterparty.Contains(q));
        }

        return query.OrderByDescending(r => r.SubmittedOn).ThenBy(r => r.Title);
    }

    public async Task<(IReadOnlyList<ContractReview> Rows, int Total)> PageAsync(ReviewFilter filter, int page, int size, CancellationToken ct)
    {
        var query = Query(filter);
        return (await query.Skip((Math.Max(1, page) - 1) * size).Take(size).ToListAsync(ct), await query.CountAsync(ct));
    }

    public async Task<byte[]> ExportAsync(ReviewFilter filter, CancellationToken ct)
    {
        var rows = (await Query(filter).ToListAsync(ct)).Select(r => new Dictionary<string, object?>
        {
            ["合同（事项）名称"] = r.Title,
            ["相对方"] = r.Counterparty,
            ["金额（元）"] = r.Amount,
            ["送审日期"] = Date(r.SubmittedOn),
            ["送审人"] = r.SubmittedBy,
            ["审查人"] = r.Reviewer ?? "",
            ["审查日期"] = Date(r.ReviewedOn),
            ["审查结论"] = r.Opinion is { } o ? ReviewLabels.Opinion(o) : "",
            ["审查意见"] = r.OpinionText ?? "",
            ["是否采纳"] = r.Adopted is { } a ? (a ? "采纳" : "未采纳") : "",
            ["签订日期"] = Date(r.SignedOn),
            ["先签后审"] = r.SignedBeforeReview ? "是" : "",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "合同合法性审查台账", cancellationToken: ct);
        return stream.ToArray();
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
