using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Data;

/// <summary>
/// A numbered series of a township's year (受理编号, 案件编号, 文号, 索引号 …): the next number is the stored maximum plus
/// one, which two requests counting at once would both take. The unit of work that counts holds the series until its
/// save commits (ADR 0037). On PostgreSQL, where several instances share the database, it begins its transaction and
/// takes a transaction-level advisory lock on the series: another instance counting the same series waits for that
/// commit and counts after it. On SQLite (one instance) a gate per series in this process does the same. Holding twice
/// in one unit of work (an import numbering many rows) holds once. The unique indexes still refuse anything else,
/// answered as a 409 asking to submit again (<see cref="UniqueViolations"/>).
/// </summary>
public static class NumberSeries
{
    private static readonly ConcurrentDictionary<long, SemaphoreSlim> Gates = new();

    /// <summary>Holds the series <paramref name="series"/> of a township's year until this unit of work's next save commits.</summary>
    public static async Task HoldAsync(FazhiDbContext db, string series, Guid townshipId, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = KeyOf(series, townshipId, year);
        if (!db.HeldSeriesKeys.Add(key))
        {
            return;
        }

        try
        {
            if (db.Database.IsNpgsql())
            {
                if (db.Database.CurrentTransaction is null)
                {
                    db.HeldSeriesTransaction = await db.Database.BeginTransactionAsync(ct);
                }

                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
            }
            else
            {
                var gate = Gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(ct);
                db.HeldSeriesGates.Add(gate);
            }
        }
        catch
        {
            db.HeldSeriesKeys.Remove(key);
            throw;
        }
    }

    /// <summary>The next <see cref="INumberedInYear.Sequence"/> of a township's year (held as below).</summary>
    public static Task<int> NextAsync<T>(FazhiDbContext db, Guid townshipId, int year, CancellationToken ct)
        where T : class, INumberedInYear =>
        NextAsync<T>(db, townshipId, year, r => r.TownshipId == townshipId && r.Year == year, r => r.Sequence, ct);

    /// <summary>
    /// The next number of the series of <typeparamref name="T"/> in a township's year: holds the series, then counts the
    /// stored maximum plus one, with numbers added in this unit of work and not saved yet (an import numbers many rows
    /// at once). Counted past every query filter: a number taken by a row the caller may not see (the portal's visitor
    /// sees none of the township's records) is still taken, as the unique index says. <c>ofTownshipYear</c> selects the
    /// rows of the series (the township's and the year's), <c>number</c> is a row's number in it.
    /// </summary>
    public static async Task<int> NextAsync<T>(FazhiDbContext db, Guid townshipId, int year,
        Expression<Func<T, bool>> ofTownshipYear, Expression<Func<T, int>> number, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ofTownshipYear);
        ArgumentNullException.ThrowIfNull(number);
        await HoldAsync(db, typeof(T).Name, townshipId, year, ct);
        var stored = await db.Set<T>().IgnoreQueryFilters().Where(ofTownshipYear).Select(number).MaxAsync(n => (int?)n, ct) ?? 0;
        var inSeries = ofTownshipYear.Compile();
        var numberOf = number.Compile();
        var pending = db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added && inSeries(e.Entity))
            .Select(e => numberOf(e.Entity)).DefaultIfEmpty(0).Max();
        return Math.Max(stored, pending) + 1;
    }

    /// <summary>After a save: what was counted is stored, so the series is let go (the transaction commits).</summary>
    internal static async Task ReleaseAfterSaveAsync(FazhiDbContext db)
    {
        if (db.HeldSeriesTransaction is { } held)
        {
            db.HeldSeriesTransaction = null;
            await held.CommitAsync(CancellationToken.None);
            await held.DisposeAsync();
        }

        OpenGates(db);
    }

    internal static void ReleaseAfterSave(FazhiDbContext db)
    {
        if (db.HeldSeriesTransaction is { } held)
        {
            db.HeldSeriesTransaction = null;
            held.Commit();
            held.Dispose();
        }

        OpenGates(db);
    }

    /// <summary>A unit of work that ends without saving lets its series go; its transaction rolls back with the context.</summary>
    internal static void ReleaseOnDispose(FazhiDbContext db)
    {
        db.HeldSeriesTransaction?.Dispose();
        db.HeldSeriesTransaction = null;
        OpenGates(db);
    }

    private static void OpenGates(FazhiDbContext db)
    {
        foreach (var gate in db.HeldSeriesGates)
        {
            gate.Release();
        }

        db.HeldSeriesGates.Clear();
        db.HeldSeriesKeys.Clear();
    }

    /// <summary>The lock key: the first 8 bytes of SHA-256 of the series, the same in every process and release.</summary>
    public static long KeyOf(string series, Guid townshipId, int year) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fazhi.series:{series}:{townshipId:N}:{year}"))));
}

/// <summary>
/// A record numbered in its township's year (立案编号, 决策编号, 受理编号 …): its <see cref="Sequence"/> is unique within the
/// township's <see cref="Year"/>, counted by <see cref="NumberSeries"/>.
/// </summary>
public interface INumberedInYear : Tenancy.ITenantOwned
{
    int Year { get; }

    int Sequence { get; }
}
