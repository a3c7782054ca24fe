using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fazhi.Platform.Audit;

/// <summary>
/// Appends the audit entries of a SaveChanges to the same SaveChanges (one transaction), chained per township
/// (ADR 0008). Runs after the tenant guard of <see cref="Data.FazhiDbContext"/> and before EF writes anything.
/// </summary>
internal sealed class AuditSaveChangesInterceptor(CurrentTenant tenant, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions ChangesJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Stored readable (Chinese as is); the hash covers the stored string, so the choice only affects legibility.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<AuditEntry> _written = [];

    // The transaction this writer opened around a save (none when the caller has its own): it holds the chain heads
    // from the moment they are read until the save commits, so concurrent writers queue instead of conflicting.
    private IDbContextTransaction? _transaction;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            // The synchronous path performs only synchronous database calls (async: false), so this never blocks on I/O.
            AppendAsync(context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            await AppendAsync(context, async: true, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        try
        {
            _transaction?.Commit();
        }
        finally
        {
            EndTransaction();
            Forget(eventData.Context);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        try
        {
            if (_transaction is not null)
            {
                // The change is saved: commit even if the request is being cancelled, or the client is told nothing
                // while the write is lost.
                await _transaction.CommitAsync(CancellationToken.None);
            }
        }
        finally
        {
            EndTransaction();
            Forget(eventData.Context);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        EndTransaction();
        Forget(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        EndTransaction();
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Disposing an uncommitted transaction rolls it back.</summary>
    private void EndTransaction()
    {
        _transaction?.Dispose();
        _transaction = null;
    }

    /// <summary>
    /// After success or failure, stop tracking what this save wrote to the trail: the next save reads the chain heads
    /// fresh (so it never appends on a stale head), and a failed save's entries never reach a later, retried save.
    /// </summary>
    private void Forget(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.Entity is AuditChainHead || (e.Entity is AuditEntry a && _written.Contains(a))).ToList())
        {
            entry.State = EntityState.Detached;
        }

        _written.Clear();
    }

    private async Task AppendAsync(DbContext context, bool async, CancellationToken ct)
    {
        context.ChangeTracker.DetectChanges();
        GuardTrail(context);

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                        && e.Entity is not AuditEntry and not AuditChainHead)
            // Deletions first: a part replaced within one save (an owned record) is recorded as removed, then added,
            // so replaying a record's entries in order gives its current content (PublishedContentVerifier).
            .OrderBy(e => e.State == EntityState.Deleted ? 0 : 1)
            .ToList();
        var tracked = new TrackedRecords(context);
        var pending = new List<PendingChange>();
        foreach (var entry in changed)
        {
            if (Describe(entry) is { } change)
            {
                var townshipId = await RecordTownships.TownshipOfAsync(context, entry, tracked, async, ct);
                pending.Add(change with { ChainKey = AuditChains.KeyFor(townshipId), TownshipId = townshipId });
            }
        }

        if (pending.Count == 0)
        {
            return;
        }

        var keys = pending.Select(p => p.ChainKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (context.Database.CurrentTransaction is null)
        {
            _transaction = async ? await context.Database.BeginTransactionAsync(ct) : context.Database.BeginTransaction();
        }

        Dictionary<string, AuditChainHead> heads;
        try
        {
            heads = await LockHeadsAsync(context, keys, async, ct);
        }
        catch
        {
            EndTransaction();
            throw;
        }

        var now = AuditCanonicalForm.TruncateToMilliseconds(clock.GetUtcNow());
        var who = tenant.Value;
        foreach (var change in pending)
        {
            var head = heads[change.ChainKey];
            var entry = new AuditEntry
            {
                ChainKey = change.ChainKey,
                Sequence = head.Sequence + 1,
                PreviousHash = head.LastHash,
                OccurredAt = now,
                UserId = who.UserId,
                UserName = who.UserName,
                Action = change.Action,
                RecordType = change.RecordType,
                RecordId = change.RecordId,
                TownshipId = change.TownshipId,
                Changes = change.Changes,
                WrittenByTrail = true,
            };
            entry.Hash = AuditCanonicalForm.ComputeHash(entry);
            head.Sequence = entry.Sequence;
            head.LastHash = entry.Hash;
            head.Version++;
            context.Add(entry);
            _written.Add(entry);
        }
    }

    /// <summary>The trail is append-only: nothing but this writer adds entries, and nothing updates or deletes them.</summary>
    private static void GuardTrail(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries())
        {
            var forbidden = entry switch
            {
                { Entity: AuditEntry a, State: EntityState.Added } => !a.WrittenByTrail,
                { Entity: AuditEntry, State: EntityState.Modified or EntityState.Deleted } => true,
                { Entity: AuditChainHead, State: EntityState.Added or EntityState.Modified or EntityState.Deleted } => true,
                _ => false,
            };
            if (forbidden)
            {
                throw new AuditTrailImmutableException();
            }
        }
    }

    /// <summary>
    /// Makes sure a head row exists for every chain (idempotently, so two first writers do not collide on the key), locks
    /// the heads for the rest of the transaction, then reads them with tracking: the save updates them under their
    /// concurrency token. Writers of one chain therefore wait for each other instead of one of them failing with 409;
    /// writers of different townships never touch the same head. Locks are taken in key order, so two saves that touch
    /// the same chains cannot deadlock. SQLite has one writer at a time and the transaction is BEGIN IMMEDIATE, which
    /// serialises writers the same way; PostgreSQL locks the head rows (SELECT … FOR UPDATE).
    /// </summary>
    private static async Task<Dictionary<string, AuditChainHead>> LockHeadsAsync(DbContext context, List<string> keys, bool async, CancellationToken ct)
    {
        var postgres = context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        foreach (var key in keys)
        {
            // Same SQL on SQLite (3.24+) and PostgreSQL; a concurrent first writer simply wins the insert.
            const string create = "INSERT INTO \"aud_chain_heads\" (\"ChainKey\", \"Sequence\", \"LastHash\", \"Version\") VALUES ({0}, 0, {1}, 0) ON CONFLICT DO NOTHING";
            const string lockHead = "SELECT \"ChainKey\" FROM \"aud_chain_heads\" WHERE \"ChainKey\" = {0} FOR UPDATE";
            if (async)
            {
                await context.Database.ExecuteSqlRawAsync(create, [key, AuditChains.Genesis], ct);
                if (postgres)
                {
                    await context.Database.ExecuteSqlRawAsync(lockHead, [key], ct);
                }
            }
            else
            {
                context.Database.ExecuteSqlRaw(create, key, AuditChains.Genesis);
                if (postgres)
                {
                    context.Database.ExecuteSqlRaw(lockHead, key);
                }
            }
        }

        var heads = context.Set<AuditChainHead>().Where(h => keys.Contains(h.ChainKey));
        var loaded = async ? await heads.ToListAsync(ct) : [.. heads];
        return loaded.ToDictionary(h => h.ChainKey, StringComparer.Ordinal);
    }

    private static PendingChange? Describe(EntityEntry entry)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Added,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Modified,
        };
        var changes = new List<AuditFieldChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var redacted = AuditRedaction.IsSecret(entry.Metadata.ClrType, name);
            switch (action)
            {
                case AuditAction.Added:
                    if (property.CurrentValue is not null)
                    {
                        changes.Add(redacted ? new(name, null, null, true) : new(name, null, Format(property.CurrentValue), false));
                    }

                    break;
                case AuditAction.Deleted:
                    changes.Add(redacted ? new(name, null, null, true) : new(name, Format(property.OriginalValue), null, false));
                    break;
                case AuditAction.Modified:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        changes.Add(redacted ? new(name, null, null, true) : new(name, Format(property.OriginalValue), Format(property.CurrentValue), false));
                    }

                    break;
            }
        }

        if (action == AuditAction.Modified && changes.Count == 0)
        {
            return null;
        }

        // The chain is decided by the caller (AuditOwnership), which may have to look the owner record up.
        return new PendingChange(AuditChains.Platform, null, action, RecordTypeName(entry.Metadata.ClrType), RecordIdOf(entry),
            JsonSerializer.Serialize(changes, ChangesJson));
    }

    internal static string RecordTypeName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    internal static string RecordIdOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        var parts = key.Properties.Select(p => entry.Property(p.Name)).ToList();
        // Store-generated integer keys are unknown before the insert; such records are audited as "(新记录)" (ADR 0008).
        return parts.Any(p => p.IsTemporary)
            ? "(新记录)"
            : string.Join(",", parts.Select(p => Format(p.CurrentValue ?? p.OriginalValue)));
    }

    internal static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset d => d.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        bool b => b ? "true" : "false",
        byte[] bytes => Convert.ToBase64String(bytes),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record PendingChange(string ChainKey, Guid? TownshipId, AuditAction Action, string RecordType, string RecordId, string Changes);
}

/// <summary>Which fields are secrets: the trail records that they changed, never their values.</summary>
internal static class AuditRedaction
{
    private static readonly string[] SecretFragments = ["Password", "SecurityStamp", "ConcurrencyStamp", "Secret", "Token", "ApiKey", "PrivateKey", "Salt"];

    public static bool IsSecret(Type entityType, string propertyName) =>
        SecretFragments.Any(f => propertyName.Contains(f, StringComparison.OrdinalIgnoreCase))
        // IdentityUserToken.Value holds authenticator keys and recovery codes.
        || (entityType.Name.StartsWith("IdentityUserToken", StringComparison.Ordinal) && propertyName == "Value")
        // The data-protection key ring (ADR 0029): the key material signs every sign-in cookie.
        || (entityType.Name == "DataProtectionKey" && propertyName == "Xml")
        // Attachment content stored in the database (ADR 0029): the bytes are addressed and verified by their SHA-256,
        // which the trail records; copying them into the trail would only double the database.
        || (entityType.Name == "AttachmentBlobChunk" && propertyName == "Content");
}

/// <summary>An attempt to change the trail other than by appending through the audit writer.</summary>
public sealed class AuditTrailImmutableException : InvalidOperationException
{
    public AuditTrailImmutableException() : base("审计记录只能由系统追加，不能修改或删除。")
    {
    }

    public AuditTrailImmutableException(string message) : base(message)
    {
    }

    public AuditTrailImmutableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
