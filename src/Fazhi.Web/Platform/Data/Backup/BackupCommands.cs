namespace Fazhi.Platform.Data.Backup;

/// <summary>Which command the program was started with: <c>backup &lt;folder&gt;</c> or <c>restore &lt;folder&gt;</c>.</summary>
public sealed record BackupCommand(bool IsRestore, string Folder);

/// <summary>
/// <c>dotnet Fazhi.Web.dll backup &lt;folder&gt;</c> and <c>dotnet Fazhi.Web.dll restore &lt;folder&gt;</c> (issue 13 §9,
/// docs/operations.md): the database and the attachment store of the configured installation, in one folder.
/// Both run before start-up migrates or seeds anything, so a backup copies the database as it is and a restore finds
/// its target as empty as it must be. Exit code 0 when done, <see cref="FailedExitCode"/> with the reason otherwise.
/// </summary>
public static class BackupCommands
{
    public const int FailedExitCode = 4;

    private const string BackupVerb = "backup";
    private const string RestoreVerb = "restore";

    /// <summary>The command among the program's arguments, or null for a normal start.</summary>
    public static BackupCommand? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is BackupVerb or RestoreVerb)
            {
                return new BackupCommand(args[i] == RestoreVerb, i + 1 < args.Count ? args[i + 1] : "");
            }
        }

        return null;
    }

    /// <summary>
    /// The arguments without the command and its folder: configuration reads the rest (<c>--Fazhi:DataFolder=…</c>),
    /// and would take a folder such as <c>/srv/backup</c> for a <c>/key</c> switch.
    /// </summary>
    public static string[] ConfigurationArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.FindIndex(args, a => a is BackupVerb or RestoreVerb);
        return index < 0 ? args : [.. args.Take(index), .. args.Skip(index + 2)];
    }

    public static async Task<int> RunBackupCommandAsync(this IServiceProvider services, BackupCommand command, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(output);
        var target = BackupTarget.From(services);
        try
        {
            if (string.IsNullOrWhiteSpace(command.Folder))
            {
                throw new BackupException($"请指明备份文件夹，例如 dotnet Fazhi.Web.dll {(command.IsRestore ? RestoreVerb : BackupVerb)} /srv/fazhi-backup/2026-11-23");
            }

            if (command.IsRestore)
            {
                await FazhiBackup.RestoreAsync(target, command.Folder, output, cancellationToken);
            }
            else
            {
                var clock = services.GetRequiredService<TimeProvider>();
                await FazhiBackup.BackupAsync(target, command.Folder, clock.GetUtcNow(), output, cancellationToken);
            }

            return 0;
        }
        catch (BackupException e)
        {
            await output.WriteLineAsync((command.IsRestore ? "恢复失败：" : "备份失败：") + e.Message);
            return FailedExitCode;
        }
    }
}

/// <summary>The installation a backup is taken from or restored into, as configured.</summary>
public sealed record BackupTarget(DatabaseProvider Provider, string DataFolder, string ConnectionString, string? PostgresToolsFolder)
{
    public static BackupTarget From(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var storage = services.GetRequiredService<FazhiStorageOptions>();
        var configuration = services.GetRequiredService<IConfiguration>();
        var configured = configuration.GetConnectionString("Fazhi");
        var connection = storage.DatabaseProvider == DatabaseProvider.Sqlite
            ? DataModule.SqliteConnectionString(storage.DataFolder, configured)
            : configured ?? "";
        return new BackupTarget(storage.DatabaseProvider, storage.DataFolder, connection, configuration["Fazhi:Backup:PostgresToolsFolder"]);
    }
}

/// <summary>A backup or restore that cannot go on; the message says why in Chinese.</summary>
public sealed class BackupException : Exception
{
    public BackupException()
    {
    }

    public BackupException(string message) : base(message)
    {
    }

    public BackupException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
