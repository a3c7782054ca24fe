using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Reports.Publication;

/// <summary>Section <c>Fazhi:Reports</c>.</summary>
internal sealed class ReportsOptions
{
    /// <summary>
    /// After start-up, make the PDF of every published report that has none (ADR 0025). On by default; the integration
    /// tests turn it off (LibreOffice takes seconds per report) except where they prove it.
    /// </summary>
    public bool MakeMissingPdfsAfterStartUp { get; set; } = true;
}

/// <summary>
/// Makes the missing PDF of every published report, once each, and keeps it (ADR 0025): the demo publishes its seed
/// reports while the app starts, where LibreOffice would hold start-up for seconds per report, and a report published
/// while the engine was missing gets its PDF once the engine is installed. Idempotent: a report that has its PDF is
/// left alone, so a second run makes none. One run at a time in this process, and across instances under the job lock
/// (ADR 0029): instances started together would otherwise each spend LibreOffice's seconds on the same reports; the
/// workflow still checks again after each conversion before it stores the PDF.
/// </summary>
internal sealed partial class MissingPdfMaker(IServiceScopeFactory scopes, Platform.Jobs.JobRunner jobs, ILogger<MissingPdfMaker> logger) : IDisposable
{
    public const string JobName = "missing-report-pdfs";

    private readonly SemaphoreSlim _oneRun = new(1, 1);
    private readonly TaskCompletionSource<int> _afterStartUp = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the number of PDFs the run after start-up made (never, when the setting is off).</summary>
    public Task<int> AfterStartUp => _afterStartUp.Task;

    /// <summary>Makes every missing PDF; returns how many it stored (none when another instance is making them).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await _oneRun.WaitAsync(cancellationToken);
        try
        {
            var run = await jobs.RunOnceAsync(JobName, MakeMissingAsync, cancellationToken);
            return run.Ran ? run.Result : 0;
        }
        finally
        {
            _oneRun.Release();
        }
    }

    private async Task<int> MakeMissingAsync(CancellationToken cancellationToken)
    {
        List<Guid> missing;
        await using (var scope = SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FazhiDbContext>();
            missing = await db.Set<AnnualReport>().IgnoreAutoIncludes()
                .Where(r => r.Status == ReportStatus.Published && r.ApprovedVersion != null
                    && !db.Set<AnnualReportFile>().Any(f => f.ReportId == r.Id && f.VersionNumber == r.ApprovedVersion && f.Kind == ReportFileKind.Pdf))
                .OrderBy(r => r.Year).Select(r => r.Id).ToListAsync(cancellationToken);
        }

        var made = 0;
        foreach (var reportId in missing)
        {
            // A scope per report: each PDF is saved as soon as it is made, and a failure leaves the others.
            await using var scope = SystemScope();
            var (stored, problem) = await scope.ServiceProvider.GetRequiredService<ReportWorkflow>().MakeMissingPdfAsSystemAsync(reportId, cancellationToken);
            if (problem is not null)
            {
                // The engine is missing: the same for every report; the portal keeps offering the DOCX.
                LogEngineMissing(problem);
                break;
            }

            made += stored ? 1 : 0;
        }

        return made;
    }

    internal async Task RunAfterStartUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            var made = await RunOnceAsync(cancellationToken);
            LogMade(made);
            _afterStartUp.TrySetResult(made);
        }
        catch (OperationCanceledException)
        {
            _afterStartUp.TrySetCanceled(cancellationToken);
        }
        catch (Exception e)
        {
            // A failed run is tried again at the next start-up, or by a person with “生成公开稿 PDF”.
            LogFailed(e);
            _afterStartUp.TrySetException(e);
        }
    }

    public void Dispose() => _oneRun.Dispose();

    private AsyncServiceScope SystemScope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        return scope;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Made {Made} missing annual-report PDFs after start-up")]
    private partial void LogMade(int made);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Annual-report PDFs not made: {Problem}")]
    private partial void LogEngineMissing(string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Making the missing annual-report PDFs failed")]
    private partial void LogFailed(Exception exception);
}

/// <summary>Runs <see cref="MissingPdfMaker"/> once after start-up, in the background, when the setting is on.</summary>
internal sealed class MissingPdfService(MissingPdfMaker maker, IOptions<ReportsOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.MakeMissingPdfsAfterStartUp)
        {
            return;
        }

        // Start-up goes on (the host awaits ExecuteAsync only up to its first await); LibreOffice runs after it.
        await Task.Yield();
        await maker.RunAfterStartUpAsync(stoppingToken);
    }
}
