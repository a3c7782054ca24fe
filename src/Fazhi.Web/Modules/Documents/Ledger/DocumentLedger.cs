using Fazhi.Modules.Documents.Contracts;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
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
    public static async Task<IReadOnlyList<LedgerRow>> QueryAsync(FazhiDbContext db, LedgerFilter filter, DateOnly today, CancellationToken ct)
    {
        var q = db.Set<NormativeDocument>().AsNoTracking().Include(d => d.Reviews).Include(d => d.Deliberations).AsSplitQuery().AsQueryable();
        if (filter.Status is { } status)
        {
            q = q.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var s = filter.Q.Trim();
            q = q.Where(d => d.Title.Contains(s) || d.DocumentNumber!.Contains(s));
        }

        var docs = await q.OrderByDescending(d => d.CreatedAt).ToListAsync(ct);
        if (filter.Year is { } year)
        {
            docs = docs.Where(d => (d.NumberYear ?? Fazhi.Platform.Time.ChinaTime.ToChina(d.CreatedAt).Year) == year).ToList();
        }

        if (filter.Validity is "in-force" or "invalid")
        {
            var wantInForce = filter.Validity == "in-force";
            docs = docs.Where(d => d.PublishedOn is not null && (d.ValidityOn(today) == Validity.InForce) == wantInForce).ToList();
        }

        var ids = docs.Select(d => d.Id).ToList();
        var filings = await db.Set<Model.Filing>().AsNoTracking().Where(f => ids.Contains(f.DocumentId)).ToListAsync(ct);
        return docs.Select(d =>
        {
            var filing = filings.Where(f => f.DocumentId == d.Id).MaxBy(f => f.SubmittedOn);
            var review = d.Reviews.Where(r => r.Opinion != null).MaxBy(r => r.CompletedAt);
            var meeting = d.Deliberations.Where(m => m.Decision == DeliberationDecision.Approved).MaxBy(m => m.MeetingDate);
            return new LedgerRow(d.Id, d.Title, DocumentLabels.Of(d.Status), d.DocumentNumber, DocumentLabels.Of(d.Touches),
                review?.Opinion is { } o ? DocumentLabels.Of(o) : null, meeting?.MeetingDate, d.SignedOn, d.FirstPublishedOn, d.PublishedOnTime,
                filing?.SubmittedOn, filing is null ? null : DocumentLabels.Of(filing.Outcome),
                d.PublishedOn is null ? "未公布" : DocumentLabels.Of(d.ValidityOn(today)), d.ValidUntil);
        }).ToList();
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
