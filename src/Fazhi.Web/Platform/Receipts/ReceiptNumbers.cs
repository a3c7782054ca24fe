using System.Globalization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;

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
    public static string Format(string prefix, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{year}-{sequence:0000}");

    /// <summary>
    /// The next sequence of a township's year, held from counting to saving (NumberSeries, ADR 0037). Counted past the
    /// tenant filter, because a visitor's filter sees none of the township's submissions (and would number every
    /// complaint 1); submissions added in the same unit of work and not yet saved count too.
    /// </summary>
    public static Task<int> NextAsync<T>(FazhiDbContext db, Guid townshipId, int year, CancellationToken ct)
        where T : class, IReceipted =>
        NumberSeries.NextAsync<T>(db, townshipId, year, r => r.TownshipId == townshipId && r.ReceiptYear == year, r => r.ReceiptSequence, ct);

    /// <summary>Phones and contacts compared as a person types them again: spaces and dashes do not matter.</summary>
    public static bool SameContact(string? given, string? kept) =>
        !string.IsNullOrWhiteSpace(given) && !string.IsNullOrWhiteSpace(kept) && Digits(given) == Digits(kept);

    private static string Digits(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
}
