using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.Catalogue;

/// <summary>
/// 必报指标: an indicator the county requires every township's annual report of a year to state. County-level (it
/// carries the county, not a township); the label is kept as marked, so the township's warning names it even when its
/// records state no such figure.
/// </summary>
internal sealed class RequiredIndicator
{
    private RequiredIndicator()
    {
    }

    public RequiredIndicator(Guid countyId, int year, string key, string label, string by, DateTimeOffset now)
    {
        CountyId = countyId;
        Year = year;
        IndicatorKey = key;
        Label = label;
        MarkedBy = by;
        MarkedAt = now;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CountyId { get; private set; }

    public int Year { get; private set; }

    public string IndicatorKey { get; private set; } = "";

    public string Label { get; private set; } = "";

    public string MarkedBy { get; private set; } = "";

    public DateTimeOffset MarkedAt { get; private set; }
}

internal sealed class RequiredIndicators(FazhiDbContext db) : IRequiredIndicators
{
    public async Task<IReadOnlyList<RequiredIndicatorInfo>> ForAsync(Guid countyId, int year, CancellationToken cancellationToken) =>
        await db.Set<RequiredIndicator>().AsNoTracking().Where(r => r.CountyId == countyId && r.Year == year).OrderBy(r => r.IndicatorKey)
            .Select(r => new RequiredIndicatorInfo(r.IndicatorKey, r.Label)).ToListAsync(cancellationToken);
}
