using System.Globalization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fazhi.Platform.Audit;

/// <summary>A field change as people read it: the field's Chinese name and its values formatted for display.</summary>
public sealed record AuditChangeText(string Field, string? Old, string? New, bool Redacted);

/// <summary>
/// Turns the trail's stored form (class and property names, invariant values — ADR 0008, kept as stored because the
/// hash covers it) into what the audit log shows: the record's and fields' Chinese names from <see cref="DisplayLabels"/>,
/// dates as yyyy-MM-dd, instants in Beijing time, yes/no for flags, enum values by their Chinese names, and technical
/// fields (concurrency stamps) left out. The value types come from the EF model, so no module is named here.
/// </summary>
public sealed class AuditPresenter(DisplayLabels labels, FazhiDbContext db)
{
    private Dictionary<string, IEntityType>? _types;

    public string Record(string recordType) => labels.Record(recordType);

    public IReadOnlyList<AuditChangeText> Changes(AuditEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var type = EntityType(entry.RecordType);
        return [.. entry.Changes
            .Where(c => !labels.IsHidden(entry.RecordType, c.Field))
            .Select(c => new AuditChangeText(
                labels.Field(entry.RecordType, c.Field),
                c.Redacted ? null : Value(type, c.Field, c.Old),
                c.Redacted ? null : Value(type, c.Field, c.New),
                c.Redacted))];
    }

    /// <summary>The first few changes, shortened, so a list says what changed without opening each entry.</summary>
    public string Summary(AuditEntryView entry, int take = 4)
    {
        ArgumentNullException.ThrowIfNull(entry);
        static string Short(string? value) => value is null ? "—" : value.Length > 30 ? value[..30] + "…" : value;
        var changes = Changes(entry);
        var parts = changes.Take(take).Select(c => c.Redacted ? $"{c.Field}（保密）"
            : entry.Action == AuditAction.Modified ? $"{c.Field}：{Short(c.Old)} → {Short(c.New)}"
            : $"{c.Field}：{Short(c.New ?? c.Old)}");
        return string.Join("；", parts) + (changes.Count > take ? $" 等 {changes.Count} 项" : "");
    }

    /// <summary>Every change in full, for the Excel export.</summary>
    public string FullText(AuditEntryView entry) =>
        string.Join("；", Changes(entry).Select(c => c.Redacted ? $"{c.Field}：（已变更，内容保密）" : $"{c.Field}：{c.Old ?? "∅"} → {c.New ?? "∅"}"));

    private IEntityType? EntityType(string recordType)
    {
        _types ??= db.Model.GetEntityTypes()
            .GroupBy(t => DisplayLabels.RecordTypeName(t.ClrType), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _types.GetValueOrDefault(recordType);
    }

    private string? Value(IEntityType? type, string field, string? stored)
    {
        if (stored is null || type?.FindProperty(field) is not { } property)
        {
            return stored;
        }

        var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (clr.IsEnum)
        {
            return labels.EnumValue(clr, stored);
        }

        if (clr == typeof(bool))
        {
            return stored switch { "true" => "是", "false" => "否", _ => stored };
        }

        if (clr == typeof(DateOnly) && DateOnly.TryParse(stored, CultureInfo.InvariantCulture, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (clr == typeof(DateTimeOffset) && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            return AuditTrailQueries.ToBeijing(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return stored;
    }
}
