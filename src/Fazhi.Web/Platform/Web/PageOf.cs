namespace Fazhi.Platform.Web;

/// <summary>
/// One page of rows already in memory (a county's townships), as the county's pages show them: a page number past
/// either end shows the nearest page rather than an empty table. Ledgers read from the database cut their pages in
/// the query instead.
/// </summary>
internal sealed record PageOf<T>(IReadOnlyList<T> Rows, int Page, int PageCount, int Total)
{
    public static PageOf<T> Of(IReadOnlyCollection<T> all, int page, int perPage)
    {
        ArgumentNullException.ThrowIfNull(all);
        var pageCount = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var shown = Math.Clamp(page, 1, pageCount);
        return new([.. all.Skip((shown - 1) * perPage).Take(perPage)], shown, pageCount, all.Count);
    }

    /// <summary>The pager under a table of this page: <paramref name="label"/> names it, <paramref name="link"/> gives a page's address.</summary>
    public Pager Pager(string label, string counted, Func<int, string> link) => new(label, Page, PageCount, $"共 {Total} 个{counted}", link);
}

/// <summary>What <c>Platform/Web/Shared/_Pager.cshtml</c> writes: previous, “第 n / m 页，共 …”, next; nothing for one page.</summary>
internal sealed record Pager(string Label, int Page, int PageCount, string Summary, Func<int, string> Link);
