using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Attachments;

/// <summary>Where the attachment store keeps bytes (setting <c>Fazhi:Attachments:Store</c>, ADR 0029).</summary>
public enum AttachmentStoreKind
{
    /// <summary><c>{DataFolder}/blobs</c>: one machine, or a folder every instance mounts (NFS, SMB).</summary>
    Folder,

    /// <summary>Chunks in the database every instance already shares; backed up with it.</summary>
    Database,
}

/// <summary>
/// The bytes of attachments, addressed by their SHA-256. Write once, never change: the same hash means the same bytes,
/// so a second copy is skipped. The reader does not trust the store: <see cref="AttachmentStore"/> re-hashes what it
/// reads before serving it.
/// </summary>
internal interface IBlobStore
{
    /// <summary>Keeps the bytes of <paramref name="tempPath"/> (already hashed and checked) under <paramref name="sha256"/>.</summary>
    Task KeepAsync(string sha256, string tempPath, CancellationToken cancellationToken);

    /// <summary>The stored bytes, readable and seekable, or null when nothing is stored under the hash.</summary>
    Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken);
}

/// <summary>
/// Blobs as files under <c>{DataFolder}/blobs/xx/yy/&lt;sha256&gt;</c>, moved into place from a temp file and never
/// overwritten. Shared by instances when the data folder is a shared mount.
/// </summary>
internal sealed class FolderBlobStore(FazhiStorageOptions storage) : IBlobStore
{
    private string BlobsRoot => Path.Combine(storage.DataFolder, "blobs");

    public Task KeepAsync(string sha256, string tempPath, CancellationToken cancellationToken)
    {
        var blobPath = BlobPath(sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(blobPath)!);
        if (!File.Exists(blobPath))
        {
            try
            {
                File.Move(tempPath, blobPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(blobPath))
            {
                // A concurrent upload of the same bytes got there first: same hash, same content.
            }
        }

        return Task.CompletedTask;
    }

    public Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = BlobPath(sha256);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null);
    }

    internal string BlobPath(string sha256) => Path.Combine(BlobsRoot, sha256[..2], sha256[2..4], sha256);
}

/// <summary>
/// Blobs in the database as 1 MiB chunks (<c>att_blob_chunks</c>) and one row naming the complete blob
/// (<c>att_blobs</c>), written after its last chunk: a blob whose upload was cut off has no row and is written again by
/// the next upload of the same bytes. Chunks are saved through a context of their own, one at a time, so a 200 MB
/// recording never sits in memory whole and the caller's unit of work (the record the file is filed under) is saved
/// whole by the caller, as with the folder, where the file also exists before the row that names it.
/// </summary>
internal sealed class DatabaseBlobStore(FazhiDbContext db, IServiceScopeFactory scopes) : IBlobStore
{
    /// <summary>Big enough that a 200 MB file is 200 rows, small enough that a row is read into memory without harm.</summary>
    internal const int ChunkBytes = 1024 * 1024;

    public async Task KeepAsync(string sha256, string tempPath, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        var blobs = scope.ServiceProvider.GetRequiredService<FazhiDbContext>();
        if (await blobs.Set<AttachmentBlob>().AnyAsync(b => b.Sha256 == sha256, cancellationToken))
        {
            return;
        }

        await using var file = new FileStream(tempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var index = 0;
        var buffer = new byte[ChunkBytes];
        int read;
        while ((read = await file.ReadAtLeastAsync(buffer, ChunkBytes, throwOnEndOfStream: false, cancellationToken)) > 0)
        {
            var chunkIndex = index;
            // A chunk left by an interrupted upload of the same bytes is the same chunk: same hash, same offset.
            if (!await blobs.Set<AttachmentBlobChunk>().AnyAsync(c => c.Sha256 == sha256 && c.Index == chunkIndex, cancellationToken))
            {
                await SaveOrAcceptConcurrentAsync(blobs, new AttachmentBlobChunk { Sha256 = sha256, Index = index, Content = buffer[..read] }, cancellationToken);
            }

            index++;
        }

        await SaveOrAcceptConcurrentAsync(blobs, new AttachmentBlob { Sha256 = sha256, Size = file.Length, Chunks = index }, cancellationToken);
    }

    public async Task<Stream?> OpenAsync(string sha256, CancellationToken cancellationToken)
    {
        var blob = await db.Set<AttachmentBlob>().AsNoTracking().SingleOrDefaultAsync(b => b.Sha256 == sha256, cancellationToken);
        if (blob is null)
        {
            return null;
        }

        // Copied to a temp file deleted on close: the download streams from disk and the hash is checked over the
        // whole content before the first byte is sent.
        var temp = new FileStream(Path.Combine(Path.GetTempPath(), "fazhi-blob-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            var expected = 0;
            await foreach (var chunk in db.Set<AttachmentBlobChunk>().AsNoTracking().Where(c => c.Sha256 == sha256).OrderBy(c => c.Index)
                               .AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (chunk.Index != expected++)
                {
                    // A chunk missing in the middle: what is left is not the filed content; the hash check refuses it.
                    break;
                }

                await temp.WriteAsync(chunk.Content, cancellationToken);
            }

            await temp.FlushAsync(cancellationToken);
            temp.Position = 0;
            return temp;
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }
    }

    private static async Task SaveOrAcceptConcurrentAsync(FazhiDbContext blobs, object row, CancellationToken cancellationToken)
    {
        blobs.Add(row);
        try
        {
            await blobs.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent upload of the same bytes wrote this row first: same hash, same content.
            if (!await ExistsAsync(blobs, row, cancellationToken))
            {
                throw;
            }
        }
        finally
        {
            blobs.ChangeTracker.Clear();
        }
    }

    private static async Task<bool> ExistsAsync(FazhiDbContext blobs, object row, CancellationToken cancellationToken)
    {
        blobs.ChangeTracker.Clear();
        return row switch
        {
            AttachmentBlobChunk c => await blobs.Set<AttachmentBlobChunk>().AnyAsync(x => x.Sha256 == c.Sha256 && x.Index == c.Index, cancellationToken),
            AttachmentBlob b => await blobs.Set<AttachmentBlob>().AnyAsync(x => x.Sha256 == b.Sha256, cancellationToken),
            _ => false,
        };
    }
}

/// <summary>A complete blob of the database store: written after its last chunk.</summary>
public sealed class AttachmentBlob
{
    public string Sha256 { get; init; } = "";

    public long Size { get; init; }

    public int Chunks { get; init; }
}

/// <summary>One piece of a blob of the database store, in order of <see cref="Index"/>.</summary>
public sealed class AttachmentBlobChunk
{
    public string Sha256 { get; init; } = "";

    public int Index { get; init; }

    public byte[] Content { get; init; } = [];
}

internal sealed class AttachmentBlobConfiguration : IEntityTypeConfiguration<AttachmentBlob>
{
    public void Configure(EntityTypeBuilder<AttachmentBlob> builder)
    {
        builder.ToTable("att_blobs");
        builder.HasKey(b => b.Sha256);
        builder.Property(b => b.Sha256).HasMaxLength(64);
    }
}

internal sealed class AttachmentBlobChunkConfiguration : IEntityTypeConfiguration<AttachmentBlobChunk>
{
    public void Configure(EntityTypeBuilder<AttachmentBlobChunk> builder)
    {
        builder.ToTable("att_blob_chunks");
        builder.HasKey(c => new { c.Sha256, c.Index });
        builder.Property(c => c.Sha256).HasMaxLength(64);
        builder.Property(c => c.Content).IsRequired();
    }
}
