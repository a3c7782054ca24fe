using Fazhi.Modules.Portal.Contracts;

namespace Fazhi.Modules.Portal.Column;

/// <summary>Merges what every module publishes into one column, newest first.</summary>
internal static class ColumnReader
{
    public static async Task<PortalPage> ReadAsync(IEnumerable<IPortalColumnSource> sources, PortalColumn column, Guid townshipId, string? search, int skip, int take, CancellationToken ct)
    {
        var entries = new List<PortalEntry>();
        var total = 0;
        foreach (var source in sources.Where(s => s.Column == column))
        {
            // Each source is asked for enough rows to fill the page after merging.
            var page = await source.ListAsync(townshipId, search, 0, skip + take, ct);
            entries.AddRange(page.Entries);
            total += page.Total;
        }

        return new PortalPage(entries.OrderByDescending(e => e.Date).Skip(skip).Take(take).ToList(), total);
    }
}
