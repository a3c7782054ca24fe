using Fazhi.Modules.Documents.Contracts;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Documents.Ledger;

internal sealed record LedgerFilter(int? Year, DocumentStatus? Status, string? Validity, string? Q);

internal sealed record LedgerRow(
    Guid Id, string Title, string Status, string? DocumentNumber, string Touches, string? ReviewOpinion, DateOnly? DeliberatedOn,
    DateOnly? SignedOn, DateOnly? PublishedOn, bool PublishedOnTime, DateOnly? FiledOn, string? FilingOutcome, string Validity, DateOnly? ValidUntil);

/// <summary>台账 of normative documents (115号 (九) 合法性审核台账; 37号 登记), with Excel export.</summary>
internal static class DocumentLedger
{
    /// <summary>Every row that matches (the Excel export, the print view and the API list the whole 台账).</summary>
    public static async Task<IReadOnlyList<LedgerRow>> QueryAsync(FazhiDbContext db, LedgerFilter filter, DateOnly today, CancellationToken ct) =>
        (await Query(db, filter, today).ToListAsync(ct)).Select(r => r.ToRow(today)).ToList();

    /// <summary>One page of the 台账 and the number of rows that match: both counted and cut in the database.</summary>
    public static async Task<(IReadOnlyList<LedgerRow> Rows, int Total)> PageAsync(FazhiDbContext db, LedgerFilter filter, DateOnly today, int page, int pageSize, CancellationToken ct)
    {
        var query = Query(db, filter, today);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (rows.Select(r => r.ToRow(today)).ToList(), total);
    }

    /// <summary>
    /// The filters and the row's columns as one SQL query: the latest review opinion, the approving meeting and the
    /// latest filing are subqueries, so a page reads 20 rows instead of every document with its reviews and meetings.
    /// </summary>
    private static IQueryable<LedgerSource> Query(FazhiDbContext db, LedgerFilter filter, DateOnly today)
    {
        var q = db.Set<NormativeDocument>().AsNoTracking();
        if (filter.Status is { } status)
        {
            q = q.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var s = filter.Q.Trim();
            q = q.Where(d => d.Title.Contains(s) || d.DocumentNumber!.Contains(s));
        }

        if (filter.Year is { } year)
        {
            // The year of the 文号, or for a document without a number the Beijing year it was drafted in; instants are
            // stored at offset zero, so the bounds are too.
            var from = ChinaTime.YearStart(year).ToUniversalTime();
            var to = ChinaTime.YearStart(year + 1).ToUniversalTime();
            q = q.Where(d => d.NumberYear == year || (d.NumberYear == null && d.CreatedAt >= from && d.CreatedAt < to));
        }

        // In force as the public sees it today (NormativeDocument.ValidityOn): expiry is computed from 有效期, not stored.
        if (filter.Validity == "in-force")
        {
            q = q.Where(d => d.PublishedOn != null).Where(NormativeDocument.InForceOn(today));
        }
        else if (filter.Validity == "invalid")
        {
            q = q.Where(d => d.PublishedOn != null).Where(NormativeDocument.NotInForceOn(today));
        }

        var filings = db.Set<Model.Filing>().AsNoTracking();
        return q.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).Select(d => new LedgerSource(
            d.Id, d.Title, d.Status, d.DocumentNumber, d.Touches,
            d.Reviews.Where(r => r.Opinion != null).OrderByDescending(r => r.CompletedAt).Select(r => r.Opinion).FirstOrDefault(),
            d.Deliberations.Where(m => m.Decision == DeliberationDecision.Approved).OrderByDescending(m => m.MeetingDate).Select(m => (DateOnly?)m.MeetingDate).FirstOrDefault(),
            d.SignedOn, d.FirstPublishedOn, d.PublishedOnTime,
            filings.Where(f => f.DocumentId == d.Id).OrderByDescending(f => f.SubmittedOn).Select(f => (DateOnly?)f.SubmittedOn).FirstOrDefault(),
            filings.Where(f => f.DocumentId == d.Id).OrderByDescending(f => f.SubmittedOn).Select(f => (FilingOutcome?)f.Outcome).FirstOrDefault(),
            d.PublishedOn, d.Validity, d.ValidUntil));
    }

    /// <summary>A row as the database gives it; labels and today's validity are added in <see cref="ToRow"/>.</summary>
    private sealed record LedgerSource(
        Guid Id, string Title, DocumentStatus Status, string? DocumentNumber, DocumentTouches Touches, ReviewOpinion? ReviewOpinion,
        DateOnly? DeliberatedOn, DateOnly? SignedOn, DateOnly? FirstPublishedOn, bool PublishedOnTime, DateOnly? FiledOn,
        FilingOutcome? FilingOutcome, DateOnly? PublishedOn, Validity Validity, DateOnly? ValidUntil)
    {
        public LedgerRow ToRow(DateOnly today)
        {
            var validity = NormativeDocument.ValidityOf(Validity, ValidUntil, today);
            return new LedgerRow(Id, Title, DocumentLabels.Of(Status), DocumentNumber, DocumentLabels.Of(Touches),
                ReviewOpinion is { } o ? DocumentLabels.Of(o) : null, DeliberatedOn, SignedOn, FirstPublishedOn, PublishedOnTime,
                FiledOn, FilingOutcome is { } f ? DocumentLabels.Of(f) : null,
                PublishedOn is null ? "未公布" : DocumentLabels.Of(validity), ValidUntil);
        }
    }

    public static byte[] ToExcel(IReadOnlyList<LedgerRow> rows)
    {
        static object Cell(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var sheet = rows.Select(r => new Dictionary<string, object>
        {
            ["文件名称"] = r.Title,
            ["文号"] = r.DocumentNumber ?? "",
            ["状态"] = r.Status,
            ["涉及事项"] = r.Touches,
            ["合法性审核意见"] = r.ReviewOpinion ?? "",
            ["集体审议日期"] = Cell(r.DeliberatedOn),
            ["签发日期"] = Cell(r.SignedOn),
            ["公布日期"] = Cell(r.PublishedOn),
            ["按时公布"] = r.PublishedOn is null ? "" : r.PublishedOnTime ? "是" : "否",
            ["报备日期"] = Cell(r.FiledOn),
            ["备案审查结果"] = r.FilingOutcome ?? "",
            ["有效性"] = r.Validity,
            ["有效期至"] = Cell(r.ValidUntil),
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "规范性文件台账");
        return stream.ToArray();
    }

    internal static void MapLedger(this RouteGroupBuilder group)
    {
        group.MapGet("/ledger", LedgerAsync).WithSummary("规范性文件台账");
        group.MapGet("/ledger.xlsx", ExportAsync).WithSummary("导出台账（Excel）");
        group.MapGet("/figures", FiguresAsync).WithSummary("本乡镇年度规范性文件数据（比率由记录计算）");
    }

    private static async Task<Ok<IReadOnlyList<LedgerRow>>> LedgerAsync(int? year, DocumentStatus? status, string? validity, string? q, FazhiDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, new LedgerFilter(year, status, validity, q), clock.Today(), ct));

    private static async Task<FileContentHttpResult> ExportAsync(int? year, DocumentStatus? status, string? validity, string? q, FazhiDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.File(ToExcel(await QueryAsync(db, new LedgerFilter(year, status, validity, q), clock.Today(), ct)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "规范性文件台账.xlsx");

    private static async Task<Ok<DocumentFigures>> FiguresAsync(int? year, IDocumentFigures figures, FazhiDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await figures.ForTownshipAsync(db.Tenant.TownshipId!.Value, year ?? clock.Today().Year, ct));
}
