using System.Diagnostics;
using Fazhi.Platform.Observability;

namespace Fazhi.Platform.Jobs;

/// <summary>The outcome of one attempt to run a job: it ran (with its result), or another run held the lock.</summary>
public readonly record struct JobRun<T>(bool Ran, T? Result);

/// <summary>
/// Runs a background job at most once at a time across all instances (ADR 0029): takes the job's <see cref="IJobLock"/>,
/// runs the work, releases; skips when the lock is held elsewhere. Every attempt is an activity <c>job {name}</c> and
/// counts in <c>fazhi.jobs.runs</c>, so an operator sees which instance ran a sweep and which skipped it.
/// </summary>
public sealed partial class JobRunner(IJobLock locks, ILogger<JobRunner> logger)
{
    public async Task<JobRun<T>> RunOnceAsync<T>(string job, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        ArgumentNullException.ThrowIfNull(work);
        using var activity = FazhiTelemetry.Source.StartActivity("job " + job);
        activity?.SetTag("fazhi.job", job);
        await using var held = await locks.TryAcquireAsync(job, cancellationToken);
        if (held is null)
        {
            Record(activity, job, "skipped");
            LogSkipped(job);
            return new JobRun<T>(false, default);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await work(cancellationToken);
            Record(activity, job, "ran");
            FazhiTelemetry.JobDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("fazhi.job", job));
            return new JobRun<T>(true, result);
        }
        catch (Exception e)
        {
            Record(activity, job, "failed");
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
    }

    private static void Record(Activity? activity, string job, string outcome)
    {
        activity?.SetTag("fazhi.job.outcome", outcome);
        FazhiTelemetry.JobRuns.Add(1, new KeyValuePair<string, object?>("fazhi.job", job), new KeyValuePair<string, object?>("fazhi.job.outcome", outcome));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} skipped: another run holds its lock")]
    private partial void LogSkipped(string job);
}
