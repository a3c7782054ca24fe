using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Fazhi.Platform.Data.Backup;

/// <summary>What a backup folder holds; written last, so a folder without it is an interrupted backup.</summary>
internal sealed record BackupManifest(
    string Format,
    DatabaseProvider Provider,
    DateTimeOffset CreatedAt,
    string? SchemaVersion,
    string DatabaseFile,
    string DatabaseSha256,
    long DatabaseBytes,
    int BlobCount,
    long BlobBytes);

/// <summary>
/// Backup and restore of one installation (ADR 0013): the database through the engine's own consistent copy (SQLite's
/// online backup API; <c>pg_dump</c> in one snapshot), then the attachment blobs. Blobs are content-addressed and never
/// changed or deleted once written, and a blob is on disk before the row that names it is committed, so copying them
/// after the database snapshot captures every blob the snapshot refers to. Every blob is re-hashed on the way out and
/// on the way in; a damaged one stops the command with its name.
/// </summary>
internal static class FazhiBackup
{
    internal const string Format = "fazhi-backup-v1";
    internal const string ManifestFile = "fazhi-backup.json";
    internal const string SqliteFile = "fazhi.db";
    internal const string PostgresFile = "fazhi.pgdump";
    internal const string BlobsFolder = "blobs";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task BackupAsync(BackupTarget source, string folder, DateTimeOffset now, TextWriter output, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupException($"备份文件夹 {folder} 不是空的。每次备份请使用新的空文件夹，以免覆盖或混入以前的备份。");
        }

        Directory.CreateDirectory(folder);
        string databaseFile;
        string? schema;
        switch (source.Provider)
        {
            case DatabaseProvider.Sqlite:
                databaseFile = Path.Combine(folder, SqliteFile);
                schema = await BackupSqliteAsync(source.ConnectionString, databaseFile, ct);
                break;
            case DatabaseProvider.Postgres:
                databaseFile = Path.Combine(folder, PostgresFile);
                schema = await SchemaVersionAsync(source.ConnectionString, ct);
                await RunPostgresToolAsync(source, "pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", databaseFile], ct);
                break;
            default:
                throw new BackupException($"不支持的数据库类型 {source.Provider}。");
        }

        await output.WriteLineAsync($"数据库已备份：{databaseFile}（{new FileInfo(databaseFile).Length:N0} 字节，架构版本 {schema ?? "—"}）");
        var (count, bytes) = await CopyBlobsAsync(Path.Combine(source.DataFolder, BlobsFolder), Path.Combine(folder, BlobsFolder), ct);
        await output.WriteLineAsync($"附件已备份：{count} 个文件，{bytes:N0} 字节");

        var manifest = new BackupManifest(Format, source.Provider, now, schema, Path.GetFileName(databaseFile),
            await Sha256Async(databaseFile, ct), new FileInfo(databaseFile).Length, count, bytes);
        await File.WriteAllTextAsync(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest, Json), ct);
        await output.WriteLineAsync($"备份完成：{folder}");
    }

    public static async Task RestoreAsync(BackupTarget target, string folder, TextWriter output, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        var manifest = await ReadManifestAsync(folder, ct);
        if (manifest.Provider != target.Provider)
        {
            throw new BackupException($"该备份来自 {manifest.Provider} 数据库，而本安装配置的是 {target.Provider}（Fazhi:DatabaseProvider）。");
        }

        var databaseFile = Path.Combine(folder, manifest.DatabaseFile);
        if (!File.Exists(databaseFile) || !string.Equals(await Sha256Async(databaseFile, ct), manifest.DatabaseSha256, StringComparison.Ordinal))
        {
            throw new BackupException($"备份中的数据库文件 {databaseFile} 缺失或已损坏（与备份清单的 SHA-256 不符）。");
        }

        var blobs = Path.Combine(target.DataFolder, BlobsFolder);
        if (Directory.Exists(blobs) && Directory.EnumerateFiles(blobs, "*", SearchOption.AllDirectories).Any())
        {
            throw new BackupException($"数据目录 {target.DataFolder} 中已有附件文件。恢复只写入空的数据目录，请先移走现有数据。");
        }

        switch (target.Provider)
        {
            case DatabaseProvider.Sqlite:
                await RestoreSqliteAsync(target.ConnectionString, databaseFile, ct);
                break;
            case DatabaseProvider.Postgres:
                await EnsureEmptyPostgresDatabaseAsync(target.ConnectionString, ct);
                await RunPostgresToolAsync(target, "pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", DatabaseName(target.ConnectionString), databaseFile], ct);
                break;
            default:
                throw new BackupException($"不支持的数据库类型 {target.Provider}。");
        }

        await output.WriteLineAsync($"数据库已恢复（备份时间 {manifest.CreatedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC，架构版本 {manifest.SchemaVersion ?? "—"}）");
        var (count, bytes) = await CopyBlobsAsync(Path.Combine(folder, BlobsFolder), blobs, ct);
        if (count != manifest.BlobCount)
        {
            throw new BackupException($"备份清单记有 {manifest.BlobCount} 个附件文件，备份文件夹中只有 {count} 个。");
        }

        await output.WriteLineAsync($"附件已恢复：{count} 个文件，{bytes:N0} 字节");
        await output.WriteLineAsync("恢复完成。请运行 dotnet Fazhi.Web.dll verify-audit 校验审计链，然后启动 Fazhi。");
    }

    private static async Task<BackupManifest> ReadManifestAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, ManifestFile);
        if (!File.Exists(path))
        {
            throw new BackupException($"{folder} 中没有备份清单 {ManifestFile}：这不是一个完整的 Fazhi 备份（备份可能被中断）。");
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(path, ct), Json);
            return manifest is { Format: Format } ? manifest : throw new BackupException($"备份清单 {path} 的格式不是 {Format}。");
        }
        catch (JsonException e)
        {
            throw new BackupException($"备份清单 {path} 无法读取：{e.Message}", e);
        }
    }

    /// <summary>SQLite's online backup API: a consistent copy while Fazhi keeps running and writing.</summary>
    private static async Task<string?> BackupSqliteAsync(string connectionString, string destination, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite };
        if (!File.Exists(source.DataSource))
        {
            throw new BackupException($"数据库文件 {source.DataSource} 不存在。");
        }

        await using var from = new SqliteConnection(source.ConnectionString);
        await from.OpenAsync(ct);
        var schema = await ScalarAsync(from, ct);
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString))
        {
            await to.OpenAsync(ct);
            from.BackupDatabase(to);
        }

        return schema;
    }

    private static async Task RestoreSqliteAsync(string connectionString, string backupFile, CancellationToken ct)
    {
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            throw new BackupException($"数据库 {path} 已存在。恢复只写入空的数据目录，请先移走现有数据。");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".restoring";
        File.Copy(backupFile, partial, overwrite: true);
        await using (var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ConnectionString))
        {
            await check.OpenAsync(ct);
            await using var command = check.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var verdict = (string?)await command.ExecuteScalarAsync(ct);
            if (verdict != "ok")
            {
                throw new BackupException($"备份的数据库未通过 SQLite 完整性检查：{verdict}");
            }
        }

        File.Move(partial, path, overwrite: true);
    }

    private static async Task<string?> SchemaVersionAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            return await ScalarAsync(connection, ct);
        }
        catch (NpgsqlException e)
        {
            throw new BackupException($"无法连接数据库：{e.Message}", e);
        }
    }

    /// <summary>The last applied migration, to tell which version of Fazhi can open the backup.</summary>
    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1";
        try
        {
            return (string?)await command.ExecuteScalarAsync(ct);
        }
        catch (System.Data.Common.DbException)
        {
            return null;   // a database Fazhi has never migrated
        }
    }

    /// <summary>The target database is created when missing and must hold no tables: a restore never mixes two databases.</summary>
    private static async Task EnsureEmptyPostgresDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var name = DatabaseName(connectionString);
        try
        {
            await using var maintenance = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
            await maintenance.OpenAsync(ct);
            await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", maintenance))
            {
                exists.Parameters.AddWithValue("name", name);
                if (await exists.ExecuteScalarAsync(ct) is null)
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", maintenance);
                    await create.ExecuteNonQueryAsync(ct);
                    return;
                }
            }

            await using var target = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await target.OpenAsync(ct);
            await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", target);
            if ((long)(await tables.ExecuteScalarAsync(ct))! > 0)
            {
                throw new BackupException($"数据库 {name} 中已有数据表。恢复只写入空的数据库，请先新建一个空数据库并在 ConnectionStrings:Fazhi 中指定它。");
            }
        }
        catch (NpgsqlException e)
        {
            throw new BackupException($"无法连接数据库服务器：{e.Message}", e);
        }
    }

    private static string DatabaseName(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Database is { Length: > 0 } name
            ? name
            : throw new BackupException("ConnectionStrings:Fazhi 中没有指定数据库（Database=…）。");

    /// <summary>pg_dump or pg_restore with the connection's settings in the environment, never on the command line.</summary>
    private static async Task RunPostgresToolAsync(BackupTarget target, string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var start = new ProcessStartInfo(string.IsNullOrWhiteSpace(target.PostgresToolsFolder) ? tool : Path.Combine(target.PostgresToolsFolder, tool))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host ?? "localhost";
        start.Environment["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database ?? "";
        if (connection.Username is { } user)
        {
            start.Environment["PGUSER"] = user;
        }

        if (connection.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException($"无法启动 {tool}。");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BackupException($"找不到 {tool}：请安装 PostgreSQL 客户端（Debian：postgresql-client），或在 Fazhi:Backup:PostgresToolsFolder 中指明其所在文件夹。", e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync(ct);
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                throw new BackupException($"{tool} 失败（退出码 {process.ExitCode}）：{(await stderr).Trim()}{(await stdout).Trim()}");
            }
        }
    }

    /// <summary>Copies <c>xx/yy/&lt;sha256&gt;</c> blobs, checking that each file's content still has its name's hash.</summary>
    private static async Task<(int Count, long Bytes)> CopyBlobsAsync(string from, string to, CancellationToken ct)
    {
        if (!Directory.Exists(from))
        {
            return (0, 0);
        }

        var count = 0;
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("tmp" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || name.Length != 64)
            {
                continue;   // uploads in progress, not yet part of any record
            }

            var destination = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            await using (var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan))
            await using (var copy = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await input.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await copy.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), name, StringComparison.Ordinal))
                {
                    throw new BackupException($"附件文件 {file} 的内容与其哈希不符，已损坏。请从更早的备份中找回该文件后再试。");
                }

                bytes += input.Length;
            }

            count++;
        }

        return (count, bytes);
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
