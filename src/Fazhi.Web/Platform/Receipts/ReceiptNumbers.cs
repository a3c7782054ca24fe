using System.Globalization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Receipts;

/// <summary>
/// A submission from the public that carries a receipt number (受理编号): the prefix names the kind, then the year and a
/// sequence per township and year (TS2026-0007). The citizen keeps it and, with the phone or contact given when
/// submitting, follows the matter on the portal's status page — the number alone never opens it, so a guessed number
/// shows nobody's complaint (个人信息保护法 第十条).
/// </summary>
public interface IReceipted : ITenantOwned
{
    int ReceiptYear { get; }

    int ReceiptSequence { get; }

    string ReceiptNumber { get; }
}

public static class ReceiptNumbers
{
    private static readonly SemaphoreSlim Numbering = new(1, 1);

    /// <summary>
    /// Runs a submission from counting its sequence (<see cref="NextAsync{T}"/>) to saving it one at a time in this
    /// instance, so two arriving at once do not take the same number (the unique index would refuse the second with
    /// an error). Several instances on one database are serialised by the series hold (NumberSeries, ADR 0037).
    /// </summary>
    public static async Task<T> OneAtATimeAsync<T>(Func<Task<T>> numberAndSave, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(numberAndSave);
        await Numbering.WaitAsync(ct);
        try
        {
            return await numberAndSave();
        }
        finally
        {
            Numbering.Release();
        }
    }

    public static string Format(string prefix, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{year}-{sequence:0000}");

    /// <summary>
    /// The next sequence of a township's year. Counted on the system's authority, because a visitor's filter sees none
    /// of the township's submissions (and would number every complaint 1); submissions added in the same unit of work
    /// and not yet saved count too. The unique index on (township, number) refuses the rare race of two at once.
    /// </summary>
    public static async Task<int> NextAsync<T>(FazhiDbContext db, Guid townshipId, int year, CancellationToken ct)
        where T : class, IReceipted
    {
        ArgumentNullException.ThrowIfNull(db);
        await NumberSeries.HoldAsync(db, typeof(T).Name, townshipId, year, ct);
        var saved = await db.AsTenantAsync(TenantContext.System, () =>
            db.Set<T>().Where(r => r.TownshipId == townshipId && r.ReceiptYear == year).MaxAsync(r => (int?)r.ReceiptSequence, ct));
        var pending = db.ChangeTracker.Entries<T>()
            .Where(e => e.State == EntityState.Added && e.Entity.TownshipId == townshipId && e.Entity.ReceiptYear == year)
            .Select(e => e.Entity.ReceiptSequence).DefaultIfEmpty(0).Max();
        return Math.Max(saved ?? 0, pending) + 1;
    }

    /// <summary>Phones and contacts compared as a person types them again: spaces and dashes do not matter.</summary>
    public static bool SameContact(string? given, string? kept) =>
        !string.IsNullOrWhiteSpace(given) && !string.IsNullOrWhiteSpace(kept) && Digits(given) == Digits(kept);

    private static string Digits(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
}
