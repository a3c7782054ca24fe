using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Audit;

/// <summary>The first entry at which a chain stops being what was written.</summary>
public sealed record AuditChainBreak(long Sequence, Guid? EntryId, DateTimeOffset? OccurredAt, string Problem);

/// <summary>
/// The verdict on one chain: its links, and for a township the content of what it has published, which must be what
/// the chain recorded (<see cref="PublishedContentVerifier"/>).
/// </summary>
public sealed record AuditChainVerification(string ChainKey, string ChainLabel, long EntryCount, AuditChainBreak? FirstBreak)
{
    /// <summary>Published values edited outside the application (empty when none, and for the platform chain).</summary>
    public IReadOnlyList<AlteredPublishedRecord> AlteredRecords { get; init; } = [];

    public bool IsIntact => FirstBreak is null && AlteredRecords.Count == 0;
}

/// <summary>
/// Recomputes every hash of a chain from the stored fields and follows the links, so any edit, deletion or insertion
/// made outside the application (raw SQL, a restored backup) is found and the first broken entry named.
/// </summary>
internal sealed class AuditChainVerifier(FazhiDbContext db, PublishedContentVerifier publishedContent)
{
    public async Task<IReadOnlyList<AuditChainVerification>> VerifyAllAsync(CancellationToken ct)
    {
        var results = new List<AuditChainVerification>();
        foreach (var chain in await AuditChainLabels.ChainsAsync(db, ct))
        {
            results.Add(await VerifyAsync(chain.Key, ct));
        }

        return results;
    }

    public async Task<AuditChainVerification> VerifyAsync(string chainKey, CancellationToken ct)
    {
        var verdict = await VerifyLinksAsync(chainKey, ct);
        return Guid.TryParse(chainKey, out var townshipId)
            ? verdict with { AlteredRecords = await publishedContent.VerifyAsync(townshipId, ct) }
            : verdict;
    }

    private async Task<AuditChainVerification> VerifyLinksAsync(string chainKey, CancellationToken ct)
    {
        var label = await AuditChainLabels.LabelAsync(db, chainKey, ct);
        var count = 0L;
        var expectedSequence = 1L;
        var previousHash = AuditChains.Genesis;
        AuditChainBreak? broken = null;
        var entries = db.Set<AuditEntry>().AsNoTracking().Where(e => e.ChainKey == chainKey).OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            count++;
            var problem = Check(entry, expectedSequence, previousHash);
            if (problem is not null)
            {
                broken = new AuditChainBreak(entry.Sequence, entry.Id, entry.OccurredAt, problem);
                break;
            }

            expectedSequence++;
            previousHash = entry.Hash;
        }

        // Counted after the stream is closed: PostgreSQL runs one command per connection at a time.
        if (broken is not null)
        {
            return new(chainKey, label, await CountAsync(chainKey, ct), broken);
        }

        // Entries removed from the end leave a consistent but shorter chain; the head remembers how long it was.
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.ChainKey == chainKey, ct);
        if (head is not null && (head.Sequence != expectedSequence - 1 || !string.Equals(head.LastHash, previousHash, StringComparison.Ordinal)))
        {
            return new(chainKey, label, count, new AuditChainBreak(expectedSequence, null, null,
                $"链尾不符：链头记载最后一条为第 {head.Sequence} 条，实际最后一条为第 {expectedSequence - 1} 条（记录被删除或链头被改动）"));
        }

        return new(chainKey, label, count, null);
    }

    /// <summary>What is wrong with <paramref name="entry"/>, in Chinese, or null when it is the expected next link.</summary>
    internal static string? Check(AuditEntry entry, long expectedSequence, string previousHash)
    {
        if (entry.Sequence != expectedSequence)
        {
            return $"序号不连续：应为第 {expectedSequence} 条，实为第 {entry.Sequence} 条（前面的记录被删除）";
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return "前序哈希与上一条记录不符（链被改接）";
        }

        return string.Equals(AuditCanonicalForm.ComputeHash(entry), entry.Hash, StringComparison.Ordinal)
            ? null
            : "内容哈希不符（记录内容被改动）";
    }

    private Task<long> CountAsync(string chainKey, CancellationToken ct) =>
        db.Set<AuditEntry>().LongCountAsync(e => e.ChainKey == chainKey, ct);
}

/// <summary>Chains and their Chinese names: a township's name, or 平台 for records without a township.</summary>
internal static class AuditChainLabels
{
    public const string PlatformLabel = "平台（无乡镇归属的记录）";

    public sealed record Chain(string Key, string Label, long EntryCount);

    public static async Task<IReadOnlyList<Chain>> ChainsAsync(FazhiDbContext db, CancellationToken ct)
    {
        var counts = await db.Set<AuditEntry>().GroupBy(e => e.ChainKey).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        // A head without entries is left by a first save that failed (heads are created ahead, idempotently); it is no
        // chain. A head that counted entries but has none left is listed, and the verifier reports the deletion.
        var headKeys = await db.Set<AuditChainHead>().Where(h => h.Sequence > 0).Select(h => h.ChainKey).ToListAsync(ct);
        var names = await TownshipNamesAsync(db, ct);
        return headKeys.Union(counts.Select(c => c.Key), StringComparer.Ordinal)
            .Select(k => new Chain(k, Label(k, names), counts.FirstOrDefault(c => c.Key == k)?.Count ?? 0))
            .OrderBy(c => c.Key == AuditChains.Platform ? 0 : 1).ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<string> LabelAsync(FazhiDbContext db, string chainKey, CancellationToken ct) =>
        Label(chainKey, await TownshipNamesAsync(db, ct));

    public static async Task<Dictionary<string, string>> TownshipNamesAsync(FazhiDbContext db, CancellationToken ct) =>
        (await db.Set<Modules.Organization.Township>().Select(t => new { t.Id, t.Name, t.DivisionCode }).ToListAsync(ct))
            .ToDictionary(t => t.Id.ToString("D"), t => $"{t.Name}（{t.DivisionCode}）", StringComparer.Ordinal);

    private static string Label(string key, Dictionary<string, string> names) =>
        key == AuditChains.Platform ? PlatformLabel : names.GetValueOrDefault(key) ?? $"已删除的乡镇 {key}";
}
