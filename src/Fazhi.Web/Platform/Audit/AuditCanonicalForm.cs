using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Fazhi.Platform.Audit;

/// <summary>
/// The one serialisation an entry's hash is computed over. Every field that matters is in it, in a fixed order, with
/// invariant formats (instants in UTC to the millisecond), so the verifier recomputes exactly what the writer hashed on
/// either database. Changing this form breaks every existing chain: version it ("v1") instead.
/// </summary>
internal static class AuditCanonicalForm
{
    public const string Version = "fazhi-audit-v1";

    public static string Serialize(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(Version);
            writer.WriteStringValue(entry.ChainKey);
            writer.WriteNumberValue(entry.Sequence);
            writer.WriteStringValue(entry.PreviousHash);
            writer.WriteStringValue(entry.Id.ToString("D"));
            writer.WriteStringValue(FormatInstant(entry.OccurredAt));
            WriteNullable(writer, entry.UserId?.ToString("D"));
            writer.WriteStringValue(entry.UserName);
            writer.WriteStringValue(entry.Action.ToString());
            writer.WriteStringValue(entry.RecordType);
            writer.WriteStringValue(entry.RecordId);
            WriteNullable(writer, entry.TownshipId?.ToString("D"));
            writer.WriteStringValue(entry.Changes);
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string ComputeHash(AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(entry))));

    /// <summary>UTC, millisecond precision: what both SQLite and PostgreSQL store and give back unchanged.</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset TruncateToMilliseconds(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
