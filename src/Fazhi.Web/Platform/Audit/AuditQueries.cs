using System.Text.Encodings.Web;
using System.Text.Json;
using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Audit;

/// <summary>Filters of the audit browser; dates are Beijing calendar days.</summary>
public sealed class AuditFilter
{
    /// <summary>A township id, <see cref="AuditChains.Platform"/>, or empty for every chain.</summary>
    public string? Chain { get; set; }

    public string? RecordType { get; set; }

    public string? User { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Text { get; set; }
}

/// <summary>A line of a record's history or of the browser.</summary>
public sealed record AuditEntryView(
    Guid Id,
    string ChainKey,
    long Sequence,
    DateTimeOffset OccurredAt,
    string UserName,
    AuditAction Action,
    string RecordType,
    string RecordId,
    IReadOnlyList<AuditFieldChange> Changes)
{
    public string ActionLabel => AuditEntry.ActionLabel(Action);

    /// <summary>Beijing time, as every date on the platform is shown.</summary>
    public string LocalTime => AuditTrailQueries.ToBeijing(OccurredAt).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Reads the trail for the admin browser, the Excel export and a record's history on module pages.</summary>
public sealed class AuditTrailQueries(FazhiDbContext db)
{
    public const int PageSize = 50;

    private static readonly JsonSerializerOptions ChangesJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static DateTimeOffset ToBeijing(DateTimeOffset instant) => ChinaTime.ToChina(instant);

    public async Task<(IReadOnlyList<AuditEntryView> Items, int Total)> SearchAsync(AuditFilter filter, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Apply(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Sequence)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (rows.Select(ToView).ToList(), total);
    }

    public async Task<IReadOnlyList<AuditEntryView>> ExportAsync(AuditFilter filter, CancellationToken ct) =>
        (await Apply(filter).OrderBy(e => e.OccurredAt).ThenBy(e => e.Sequence).Take(100_000).ToListAsync(ct)).Select(ToView).ToList();

    public async Task<(AuditEntry Entry, AuditEntryView View)?> FindAsync(Guid id, CancellationToken ct)
    {
        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        return entry is null ? null : (entry, ToView(entry));
    }

    /// <summary>
    /// Who changed what on one record, oldest first. Only entries of townships the caller may read are returned, so a
    /// module page can show it without further checks.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntryView>> HistoryOfAsync(string recordType, string recordId, CancellationToken ct)
    {
        var tenant = db.Tenant;
        var rows = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.RecordType == recordType && e.RecordId == recordId)
            .OrderBy(e => e.ChainKey).ThenBy(e => e.Sequence)
            .ToListAsync(ct);
        return rows.Where(e => tenant.IsUnrestricted || (e.TownshipId is { } t && tenant.CanRead(t)))
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Sequence)
            .Select(ToView).ToList();
    }

    public Task<IReadOnlyList<AuditEntryView>> HistoryOfAsync<TRecord>(Guid recordId, CancellationToken ct) =>
        HistoryOfAsync(typeof(TRecord).Name, recordId.ToString("D"), ct);

    public async Task<IReadOnlyList<string>> RecordTypesAsync(CancellationToken ct) =>
        await db.Set<AuditEntry>().Select(e => e.RecordType).Distinct().OrderBy(t => t).ToListAsync(ct);

    internal static IReadOnlyList<AuditFieldChange> ParseChanges(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<AuditFieldChange>>(json, ChangesJson) ?? [];
        }
        catch (JsonException)
        {
            // A tampered entry must still be viewable; the verifier reports it.
            return [new AuditFieldChange("（无法解析的变更内容）", null, json, false)];
        }
    }

    private IQueryable<AuditEntry> Apply(AuditFilter filter)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Chain))
        {
            query = query.Where(e => e.ChainKey == filter.Chain);
        }

        if (!string.IsNullOrWhiteSpace(filter.RecordType))
        {
            query = query.Where(e => e.RecordType == filter.RecordType);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(e => e.UserName.Contains(user));
        }

        // Compare in UTC: instants are stored in UTC on both providers (ADR 0003).
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
            query = query.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
            query = query.Where(e => e.OccurredAt < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(e => e.RecordId.Contains(text) || e.Changes.Contains(text) || e.RecordType.Contains(text));
        }

        return query;
    }

    private static AuditEntryView ToView(AuditEntry e) =>
        new(e.Id, e.ChainKey, e.Sequence, e.OccurredAt, e.UserName, e.Action, e.RecordType, e.RecordId, ParseChanges(e.Changes));
}
