using System.Diagnostics;
using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>A second installation on an empty data folder (and, on PostgreSQL, a database that does not exist yet).</summary>
public sealed class RestoredApp() : FazhiApp(NewDataFolder(), UsesPostgres ? NewPostgresDatabase() : null, seedDemoData: false);

/// <summary>
/// Issue 13 §9: <c>dotnet Fazhi.Web.dll backup &lt;folder&gt;</c> copies a running installation's database and attachments;
/// <c>restore &lt;folder&gt;</c> puts them into an empty installation, whose audit chains then verify intact and whose
/// records and files are those of the original. Both commands run as the operator runs them, as separate processes,
/// on the provider under test (SQLite, or PostgreSQL with pg_dump and pg_restore).
/// </summary>
public sealed class BackupAndRestoreTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static string NewBackupFolder() => Path.Combine(Path.GetTempPath(), "fazhi-tests", "backup-" + Guid.NewGuid().ToString("N"));

    /// <summary>Runs the built Fazhi.Web.dll with the given storage settings, as <c>dotnet Fazhi.Web.dll …</c>.</summary>
    private static async Task<(int ExitCode, string Output)> RunFazhiAsync(IReadOnlyDictionary<string, string> storage, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in storage)
        {
            start.Environment[key] = value;
        }

        start.Environment["Fazhi__SeedDemoData"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private async Task<(string Folder, Uri Attachment, byte[] Bytes)> BackupAsync(string marker)
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var bytes = AttachmentUploads.UniquePdf(marker);
        var upload = await AttachmentUploads.PostAsync(clerk, AttachmentUploads.OwnerType, await AttachmentUploads.NewOwnerAsync(clerk), "审核意见书", "备份测试.pdf", bytes);
        upload.StatusCode.ShouldBe(HttpStatusCode.Created);
        var folder = NewBackupFolder();

        var (exitCode, output) = await RunFazhiAsync(app.StorageEnvironment, "backup", folder);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("备份完成");
        File.Exists(Path.Combine(folder, "fazhi-backup.json")).ShouldBeTrue();
        return (folder, upload.Headers.Location!, bytes);
    }

    [Fact]
    public async Task Restore_OfABackupIntoAnEmptyInstallation_VerifiesIntact_AndHasTheRecordsAndFiles()
    {
        var (folder, attachment, bytes) = await BackupAsync("restore");
        var documents = await app.WithDbAsync(db => db.Set<NormativeDocument>().Select(d => d.Title).OrderBy(t => t).ToListAsync());
        var entries = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());
        await using var restored = new RestoredApp();

        var (exitCode, output) = await RunFazhiAsync(restored.StorageEnvironment, "restore", folder);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("恢复完成");
        using var verification = new StringWriter();
        (await restored.Services.RunVerifyAuditCommandAsync(verification)).ShouldBe(0, verification.ToString());
        verification.ToString().ShouldContain("全部完整");
        (await restored.WithDbAsync(db => db.Set<NormativeDocument>().Select(d => d.Title).OrderBy(t => t).ToListAsync())).ShouldBe(documents);
        (await restored.WithDbAsync(db => db.Set<AuditEntry>().CountAsync())).ShouldBeGreaterThanOrEqualTo(entries);
        var clerk = await restored.ClientForAsync("xiaojiang.clerk");
        var download = await clerk.GetAsync(attachment);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
    }

    [Fact]
    public async Task Restore_RefusesATargetThatHoldsData_AndABackupWithADamagedFile()
    {
        var (folder, _, _) = await BackupAsync("refusals");

        var intoTheRunningInstallation = await RunFazhiAsync(app.StorageEnvironment, "restore", folder);
        var blob = Directory.EnumerateFiles(Path.Combine(folder, "blobs"), "*", SearchOption.AllDirectories).First();
        await File.AppendAllTextAsync(blob, "篡改", TestContext.Current.CancellationToken);
        await using var restored = new RestoredApp();
        var damaged = await RunFazhiAsync(restored.StorageEnvironment, "restore", folder);

        intoTheRunningInstallation.ExitCode.ShouldBe(4, intoTheRunningInstallation.Output);
        intoTheRunningInstallation.Output.ShouldContain("恢复失败");
        intoTheRunningInstallation.Output.ShouldContain("恢复只写入空的");
        damaged.ExitCode.ShouldBe(4, damaged.Output);
        damaged.Output.ShouldContain(Path.GetFileName(blob));
        damaged.Output.ShouldContain("已损坏");
    }
}
