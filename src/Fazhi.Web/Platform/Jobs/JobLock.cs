using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Fazhi.Platform.Jobs;

/// <summary>
/// The exclusive right to run a named background job, across every instance that shares the database (ADR 0029). Not a
/// queue: a caller that does not get the lock skips its run, because the holder is doing the same idempotent work.
/// </summary>
public interface IJobLock
{
    /// <summary>The held lock (dispose to release), or null when another run of <paramref name="job"/> holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken);
}

/// <summary>
/// PostgreSQL: a session-level advisory lock (<c>pg_try_advisory_lock</c>) on a connection of its own, held for the
/// whole run. The lock belongs to the database session, so an instance that crashes or loses its network loses the
/// lock with its connection and another instance takes the job at its next tick; no lease to expire, no table to
/// clean. The connection is not pooled: a pooled connection returned with the lock still held would keep it forever.
/// </summary>
internal sealed partial class PostgresJobLock(string connectionString, ILogger<PostgresJobLock> logger) : IJobLock
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    public async Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken)
    {
        var key = JobLockKeys.For(job);
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                return new Held(connection, key, job, logger);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private sealed class Held(NpgsqlConnection connection, long key, string job, ILogger logger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The session is gone (server restart, killed backend): the lock went with it, nothing to release.
                LogReleaseFailed(logger, job, e);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: its lock's session ended before the run released it")]
    private static partial void LogReleaseFailed(ILogger logger, string job, Exception exception);
}

/// <summary>
/// SQLite: the database is a file on one machine and so one instance serves it (ADR 0003); a lock per job name in this
/// process keeps two runs of the same job (the timer and a person, or two timers) from overlapping.
/// </summary>
internal sealed class InProcessJobLock : IJobLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(job, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(TimeSpan.Zero, cancellationToken) ? new Held(gate) : null;
    }

    private sealed class Held(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}

internal static class JobLockKeys
{
    /// <summary>
    /// The advisory-lock key of a job: the first 8 bytes of SHA-256 of its name, the same in every process and every
    /// release (string.GetHashCode is randomised per process and would give two instances two different locks).
    /// </summary>
    public static long For(string job) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("fazhi.job:" + job)));
}
