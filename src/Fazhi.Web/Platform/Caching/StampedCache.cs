using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.Extensions.Caching.Memory;

namespace Fazhi.Platform.Caching;

/// <summary>
/// What is computed from townships' records (figures, waiting work), kept in this instance's memory under those
/// townships' record stamps and Beijing's date: for a set as a whole under the digest of its stamps (ADR 0033), or per
/// township under each township's own stamp (ADR 0039). A committed change of any of their records, through any
/// instance, gives another stamp, so what is found here is never older than the records; the stamps are read once per
/// request, before anything is computed, so every figure of one page agrees.
/// </summary>
internal sealed class StampedCache(FazhiDbContext db, IMemoryCache cache, TimeProvider clock, StampedCache.InFlight inFlight)
{
    /// <summary>How long figures are kept without being asked for: it bounds memory, not truth (the digest does that).</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(30);

    private (Guid[] Townships, string Digest)? _digest;

    private readonly Dictionary<Guid, Guid> _stamps = [];

    /// <summary>
    /// The figures <paramref name="compute"/> gives for <paramref name="townshipIds"/>, computed once per change and day.
    /// <paramref name="what"/> names them (the source and the year); it must determine them together with the townships.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(object what, IReadOnlyCollection<Guid> townshipIds, Func<Task<T>> compute, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var key = (nameof(StampedCache), what, await DigestAsync(townshipIds, ct), ChinaTime.Today(clock));
        if (cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }

        var fresh = await compute();
        cache.Set(key, fresh, new MemoryCacheEntryOptions { SlidingExpiration = KeptFor, Size = townshipIds.Count });
        return fresh;
    }

    /// <summary>
    /// Each township's figures that <paramref name="compute"/> gives, each kept under that township's own stamp (with
    /// the whole portal's and the date), so a save in one township recomputes that township alone: the townships whose
    /// figures are not kept are computed together in one call. <paramref name="compute"/> must answer for a township
    /// from that township's records only (ADR 0039).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, TValue>> GetOrComputeEachAsync<TValue>(
        object what, IReadOnlyCollection<Guid> townshipIds, Func<IReadOnlyCollection<Guid>, Task<IReadOnlyDictionary<Guid, TValue>>> compute, CancellationToken ct)
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(townshipIds);
        ArgumentNullException.ThrowIfNull(compute);
        var stamps = await StampsAsync(townshipIds, ct);
        var today = ChinaTime.Today(clock);
        var result = new Dictionary<Guid, TValue>();
        var missing = new List<Guid>();
        foreach (var township in townshipIds.Distinct())
        {
            if (cache.TryGetValue(EachKey(what, township, stamps, today), out TValue? kept) && kept is not null)
            {
                result[township] = kept;
            }
            else
            {
                missing.Add(township);
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        // Townships another request or the warm-up is computing now under the same stamps are waited for, not computed
        // twice: at 2,000 townships a visit just after a start or midnight would otherwise repeat the warm-up's half
        // minute beside it. Each caller computes its own townships before it waits, so no two wait on each other.
        var flight = new TaskCompletionSource<IReadOnlyDictionary<Guid, TValue>?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var mine = new List<Guid>();
        var others = new List<(Guid Township, Task<IReadOnlyDictionary<Guid, TValue>?> Answer)>();
        foreach (var township in missing)
        {
            var running = inFlight.Computations.GetOrAdd(EachKey(what, township, stamps, today), flight.Task);
            if (ReferenceEquals(running, flight.Task))
            {
                mine.Add(township);
            }
            else
            {
                others.Add((township, (Task<IReadOnlyDictionary<Guid, TValue>?>)running));
            }
        }

        try
        {
            if (mine.Count > 0)
            {
                var fresh = await ComputeAndKeepAsync(what, mine, compute, stamps, today, result);
                flight.SetResult(fresh);
            }
        }
        finally
        {
            // A computation that failed (or its request ended) answers null, and its waiters compute for themselves.
            flight.TrySetResult(null);
            foreach (var township in mine)
            {
                inFlight.Computations.TryRemove(new(EachKey(what, township, stamps, today), flight.Task));
            }
        }

        var unanswered = new List<Guid>();
        foreach (var (township, answer) in others)
        {
            if (await answer is { } answered && answered.TryGetValue(township, out var value))
            {
                result[township] = value;
            }
            else
            {
                unanswered.Add(township);
            }
        }

        if (unanswered.Count > 0)
        {
            await ComputeAndKeepAsync(what, unanswered, compute, stamps, today, result);
        }

        return result;
    }

    private async Task<IReadOnlyDictionary<Guid, TValue>> ComputeAndKeepAsync<TValue>(
        object what, List<Guid> townships, Func<IReadOnlyCollection<Guid>, Task<IReadOnlyDictionary<Guid, TValue>>> compute,
        Dictionary<Guid, Guid> stamps, DateOnly today, Dictionary<Guid, TValue> result)
        where TValue : class
    {
        var fresh = await compute(townships);
        foreach (var township in townships)
        {
            var value = fresh[township];
            result[township] = value;
            cache.Set(EachKey(what, township, stamps, today), value,
                new MemoryCacheEntryOptions { SlidingExpiration = KeptFor, Size = 1 });
        }

        return fresh;
    }

    /// <summary>A township's figures are kept, and computed, under its own stamp, the whole portal's and the date.</summary>
    private static object EachKey(object what, Guid township, Dictionary<Guid, Guid> stamps, DateOnly today) =>
        (nameof(GetOrComputeEachAsync), what, township, stamps[township], stamps[RecordStamps.WholePortal], today);

    /// <summary>
    /// The computations running in this instance, by the key their answer is kept under: one per instance, so requests
    /// and the warm-up find each other's.
    /// </summary>
    internal sealed class InFlight
    {
        public System.Collections.Concurrent.ConcurrentDictionary<object, Task> Computations { get; } = new();
    }

    /// <summary>
    /// The stamps of these townships and the whole portal's (<see cref="Guid.Empty"/> for a township never saved), read
    /// once per request: a township's stamp is read the first time it is asked for, so every figure of a page agrees.
    /// </summary>
    private async Task<Dictionary<Guid, Guid>> StampsAsync(IReadOnlyCollection<Guid> townshipIds, CancellationToken ct)
    {
        Guid[] unread = [.. townshipIds.Append(RecordStamps.WholePortal).Distinct().Where(id => !_stamps.ContainsKey(id))];
        if (unread.Length > 0)
        {
            var read = await RecordStamps.ForTownshipsAsync(db, unread, ct);
            foreach (var id in unread)
            {
                _stamps[id] = read.GetValueOrDefault(id);
            }
        }

        return _stamps;
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
