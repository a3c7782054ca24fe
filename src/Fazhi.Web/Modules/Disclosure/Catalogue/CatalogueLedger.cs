using System.Globalization;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Disclosure.Catalogue;

internal sealed record DisclosureItemResponse(Guid Id, string IndexNumber, InformationCategory Category, string Title, string Summary, DateOnly FormedOn, string? Link, DateOnly? PublishedOn)
{
    public static DisclosureItemResponse From(DisclosureItem e) => new(e.Id, e.IndexNumber, e.Category, e.Title, e.Summary, e.FormedOn, e.Link, e.PublishedOn);
}

internal sealed class CatalogueFilter
{
    public int? Year { get; set; }

    public InformationCategory? Category { get; set; }

    /// <summary>true: published only; false: awaiting publication only.</summary>
    public bool? Published { get; set; }

    public string? Q { get; set; }
}

/// <summary>政府信息公开目录 as the clerk keeps it: filtered and paged in SQL, exported to Excel.</summary>
internal sealed class CatalogueLedger(FazhiDbContext db)
{
    public IQueryable<DisclosureItem> Query(CatalogueFilter filter)
    {
        var query = db.Set<DisclosureItem>().AsNoTracking();
        if (filter.Year is { } year)
        {
            query = query.Where(e => e.Year == year);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(e => e.Category == category);
        }

        if (filter.Published is { } published)
        {
            query = published ? query.Where(e => e.PublishedOn != null) : query.Where(e => e.PublishedOn == null);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(e => e.Title.Contains(q) || e.Summary.Contains(q) || e.IndexNumber.Contains(q));
        }

        return query.OrderByDescending(e => e.Year).ThenByDescending(e => e.Sequence);
    }

    public async Task<(IReadOnlyList<DisclosureItem> Rows, int Total)> PageAsync(CatalogueFilter filter, int page, int size, CancellationToken ct)
    {
        var query = Query(filter);
        return (await query.Skip((Math.Max(1, page) - 1) * size).Take(size).ToListAsync(ct), await query.CountAsync(ct));
    }

    public async Task<byte[]> ExportAsync(CatalogueFilter filter, CancellationToken ct)
    {
        var rows = (await Query(filter).ToListAsync(ct)).OrderBy(e => e.Year).ThenBy(e => e.Sequence).Select(e => new Dictionary<string, object?>
        {
            ["索引号"] = e.IndexNumber,
            ["类别"] = CatalogueLabels.Brief(e.Category),
            ["名称"] = e.Title,
            ["内容概述"] = e.Summary,
            ["生成日期"] = e.FormedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["公开日期"] = e.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "政府信息公开目录", cancellationToken: ct);
        return stream.ToArray();
    }
}
