using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Fazhi.Platform.Observability;

/// <summary>
/// Fazhi's own activities and instruments (ADR 0029): background job runs and PDF conversions, the work that happens
/// outside a request and so is invisible to the ASP.NET Core and EF Core instrumentation alone. With no exporter
/// configured nothing listens, and starting an activity costs a null check.
/// </summary>
public static class FazhiTelemetry
{
    public const string Name = "Fazhi";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Runs of a background job, tagged <c>fazhi.job</c> and <c>fazhi.job.outcome</c> (ran, skipped, failed).</summary>
    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("fazhi.jobs.runs", "{run}", "Background job runs by outcome; skipped means another instance held the job's lock");

    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("fazhi.jobs.duration", "s", "Duration of background job runs that ran");

    /// <summary>DOCX → PDF conversions by LibreOffice, tagged <c>fazhi.pdf.outcome</c> (made, failed, engine-missing).</summary>
    public static readonly Counter<long> PdfConversions = Meter.CreateCounter<long>("fazhi.pdf.conversions", "{conversion}", "DOCX to PDF conversions by outcome");

    public static readonly Histogram<double> PdfConversionDuration = Meter.CreateHistogram<double>("fazhi.pdf.conversion.duration", "s", "Duration of DOCX to PDF conversions");
}
