using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.Extensions.Caching.Memory;

namespace Fazhi.Platform.Caching;

/// <summary>
/// Figures computed from townships' records, kept in this instance's memory under the digest of those townships'
/// record stamps and Beijing's date (ADR 0033). A committed change of any of their records, through any instance,
/// gives another digest, so what is found here is never older than the records; the digest is read once per request
/// and township set, before anything is computed, so every figure of one page agrees.
/// </summary>
internal sealed class StampedFigures(FazhiDbContext db, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>How long figures are kept without being asked for: it bounds memory, not truth (the digest does that).</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(30);

    private (Guid[] Townships, string Digest)? _digest;

    /// <summary>
    /// The figures <paramref name="compute"/> gives for <paramref name="townshipIds"/>, computed once per change and day.
    /// <paramref name="what"/> names them (the source and the year); it must determine them together with the townships.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(object what, IReadOnlyCollection<Guid> townshipIds, Func<Task<T>> compute, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var key = (nameof(StampedFigures), what, await DigestAsync(townshipIds, ct), ChinaTime.Today(clock));
        if (cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }

        var fresh = await compute();
        cache.Set(key, fresh, new MemoryCacheEntryOptions { SlidingExpiration = KeptFor, Size = townshipIds.Count });
        return fresh;
    }

    private async Task<string> DigestAsync(IReadOnlyCollection<Guid> townshipIds, CancellationToken ct)
    {
        Guid[] ids = [.. townshipIds.Distinct().Order()];
        if (_digest is not { } known || !known.Townships.SequenceEqual(ids))
        {
            _digest = known = (ids, await RecordStamps.DigestAsync(db, ids, ct));
        }

        return known.Digest;
    }
}
