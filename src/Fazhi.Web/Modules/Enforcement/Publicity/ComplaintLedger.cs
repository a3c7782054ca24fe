using System.Globalization;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Enforcement.Publicity;

/// <summary>The 执法投诉 ledger's filters: 待答复 / 已答复, the year received, and text in the number, name or content.</summary>
internal sealed record ComplaintFilter(string? State = null, int? Year = null, string? Q = null)
{
    public string Query() =>
        $"state={Uri.EscapeDataString(State ?? "")}&year={Year}&q={Uri.EscapeDataString(Q ?? "")}";
}

/// <summary>A complaint as the ledger lists it, with the number of the case it was linked to.</summary>
internal sealed record ComplaintRow(
    Guid Id, string ReceiptNumber, DateOnly ReceivedOn, string ComplainantName, string? ComplainantPhone, string Content,
    Guid? CaseId, string? CaseNumber, string? Reply, DateOnly? RepliedOn, string? RepliedBy);

/// <summary>A case a reply can be linked to (关联案件).</summary>
internal sealed record CaseChoice(Guid Id, string CaseNumber, string Title);

/// <summary>
/// 执法投诉台账: the page, the API and the Excel export read one query, filtered, counted and cut in the database (a
/// township receiving complaints for years listed the latest 200 whole rows on every visit).
/// </summary>
internal sealed class ComplaintLedger(FazhiDbContext db)
{
    public const int PageSize = 20;

    /// <summary>
    /// Cases each complaint's picker is written with: the most recent (what a clerk links most, and what works without
    /// script). A township files hundreds of cases a year and every unanswered complaint on the page has its own picker,
    /// so any other case is found by a search as the clerk types (<see cref="FoundCases"/> at most).
    /// </summary>
    public const int RecentCases = 10;

    /// <summary>The matches a search of the cases answers with at most: the picker shows them as one short list.</summary>
    public const int FoundCases = 20;

    public async Task<(IReadOnlyList<ComplaintRow> Rows, int Total)> PageAsync(ComplaintFilter filter, int page, CancellationToken ct)
    {
        var query = Query(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<IReadOnlyList<ComplaintRow>> AllAsync(ComplaintFilter filter, CancellationToken ct) =>
        await Query(filter).ToListAsync(ct);

    /// <summary>
    /// The township's cases for linking, latest filed first: the most recent, or those whose 案号 or 案由 contains
    /// <paramref name="search"/>; projected to the three fields the picker shows.
    /// </summary>
    public async Task<IReadOnlyList<CaseChoice>> CasesAsync(CancellationToken ct, string? search = null)
    {
        var cases = db.Set<EnforcementCase>().IgnoreAutoIncludes().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            cases = cases.Where(c => c.CaseNumber.Contains(text) || c.Title.Contains(text));
        }

        return await cases.OrderByDescending(c => c.FiledOn).ThenBy(c => c.CaseNumber).Take(string.IsNullOrWhiteSpace(search) ? RecentCases : FoundCases)
            .Select(c => new CaseChoice(c.Id, c.CaseNumber, c.Title)).ToListAsync(ct);
    }

    public async Task<byte[]> ExportAsync(ComplaintFilter filter, CancellationToken ct)
    {
        static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var sheet = (await AllAsync(filter, ct)).Select(r => new Dictionary<string, object>
        {
            ["受理编号"] = r.ReceiptNumber,
            ["收到日期"] = Day(r.ReceivedOn),
            ["投诉人"] = r.ComplainantName,
            ["联系电话"] = r.ComplainantPhone ?? "",
            ["投诉内容"] = r.Content,
            ["关联案件"] = r.CaseNumber ?? "",
            ["答复日期"] = Day(r.RepliedOn),
            ["答复人"] = r.RepliedBy ?? "",
            ["答复内容"] = r.Reply ?? "",
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "执法投诉台账");
        return stream.ToArray();
    }

    private IQueryable<ComplaintRow> Query(ComplaintFilter filter)
    {
        var q = db.Set<EnforcementComplaint>().AsNoTracking();
        if (filter.State == "pending")
        {
            q = q.Where(c => c.RepliedOn == null);
        }
        else if (filter.State == "replied")
        {
            q = q.Where(c => c.RepliedOn != null);
        }

        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            q = q.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var s = filter.Q.Trim();
            q = q.Where(c => c.ReceiptNumber.Contains(s) || c.ComplainantName.Contains(s) || c.Content.Contains(s));
        }

        var cases = db.Set<EnforcementCase>().IgnoreAutoIncludes();
        return q.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.ReceiptSequence).ThenBy(c => c.Id)
            .Select(c => new ComplaintRow(c.Id, c.ReceiptNumber, c.ReceivedOn, c.ComplainantName, c.ComplainantPhone, c.Content, c.CaseId,
                cases.Where(k => k.Id == c.CaseId).Select(k => k.CaseNumber).FirstOrDefault(), c.Reply, c.RepliedOn, c.RepliedBy));
    }
}
