using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Reports.Pdf;

internal sealed class PdfEngineOptions
{
    /// <summary>The LibreOffice executable; found on PATH when not set.</summary>
    public string? SofficePath { get; set; }

    public string? PdftoppmPath { get; set; }

    public int TimeoutSeconds { get; set; } = 180;
}

/// <summary>The outcome of a conversion: the PDF, or a Chinese explanation of what is missing and how to add it.</summary>
internal sealed record PdfResult(byte[]? Pdf, string? Problem, TimeSpan Elapsed);

/// <summary>
/// Converts the DOCX to PDF with LibreOffice headless, run as a separate process with its own profile and the
/// repository's fontconfig aliases (STACK-NOTES: official font names → Noto CJK). When LibreOffice or a Chinese font
/// is missing, Fazhi keeps running: the result says what is missing instead of failing the request.
/// </summary>
internal sealed class PdfEngine(IOptions<PdfEngineOptions> options, ILogger<PdfEngine> logger)
{
    public const string InstallHint = "请在服务器上安装 LibreOffice 与中文字体（Debian：apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-gkai00mp poppler-utils），或运行 ./run.sh 自动安装。";

    public static string FontsConfigPath => Path.Combine(AppContext.BaseDirectory, "Modules", "Reports", "Pdf", "fonts.conf");

    public string? Soffice => options.Value.SofficePath is { Length: > 0 } configured ? (File.Exists(configured) ? configured : null) : FindOnPath("soffice");

    public string? Pdftoppm => options.Value.PdftoppmPath is { Length: > 0 } configured ? (File.Exists(configured) ? configured : null) : FindOnPath("pdftoppm");

    /// <summary>Null when the engine can run; otherwise what is missing, in Chinese.</summary>
    public string? MissingPrerequisite()
    {
        if (Soffice is null)
        {
            return "未找到 PDF 转换引擎 LibreOffice（soffice），暂时只能下载 DOCX。" + InstallHint;
        }

        if (!HasChineseFont())
        {
            return "服务器缺少中文字体（未找到 Noto CJK 等中文字体），生成的 PDF 将无法正确显示汉字。" + InstallHint;
        }

        return null;
    }

    /// <summary>
    /// Converts with LibreOffice; each conversion is an activity <c>pdf convert</c> and counts in
    /// <c>fazhi.pdf.conversions</c> (ADR 0029): seconds of soffice per report are what an operator sizes a server by.
    /// </summary>
    public async Task<PdfResult> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var activity = Platform.Observability.FazhiTelemetry.Source.StartActivity("pdf convert");
        activity?.SetTag("fazhi.pdf.docx_bytes", docx.Length);
        var result = await ConvertCoreAsync(docx, cancellationToken);
        var outcome = result.Pdf is not null ? "made" : MissingPrerequisite() is null ? "failed" : "engine-missing";
        activity?.SetTag("fazhi.pdf.outcome", outcome);
        if (result.Pdf is null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, result.Problem);
        }

        var tag = new KeyValuePair<string, object?>("fazhi.pdf.outcome", outcome);
        Platform.Observability.FazhiTelemetry.PdfConversions.Add(1, tag);
        Platform.Observability.FazhiTelemetry.PdfConversionDuration.Record(result.Elapsed.TotalSeconds, tag);
        return result;
    }

    private async Task<PdfResult> ConvertCoreAsync(byte[] docx, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var missing = MissingPrerequisite();
        if (missing is not null)
        {
            return new PdfResult(null, missing, stopwatch.Elapsed);
        }

        var work = Path.Combine(Path.GetTempPath(), "fazhi-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "report.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var start = new ProcessStartInfo(Soffice!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = work,
            };
            // Each conversion gets its own profile: concurrent soffice processes sharing one profile block each other.
            start.ArgumentList.Add($"-env:UserInstallation=file://{Path.Combine(work, "profile")}");
            foreach (var argument in new[] { "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", work, input })
            {
                start.ArgumentList.Add(argument);
            }

            if (File.Exists(FontsConfigPath))
            {
                start.Environment["FONTCONFIG_FILE"] = FontsConfigPath;
            }

            start.Environment["HOME"] = work;
            var (exitCode, output) = await RunAsync(start, cancellationToken);
            var pdf = Path.Combine(work, "report.pdf");
            if (exitCode != 0 || !File.Exists(pdf))
            {
                logger.LogWarning("soffice failed with exit code {ExitCode}: {Output}", exitCode, output);
                return new PdfResult(null, $"LibreOffice 转换 PDF 失败（退出码 {exitCode}）。请检查服务器上的 LibreOffice 安装。", stopwatch.Elapsed);
            }

            return new PdfResult(await File.ReadAllBytesAsync(pdf, cancellationToken), null, stopwatch.Elapsed);
        }
        finally
        {
            TryDelete(work);
        }
    }

    /// <summary>Renders the pages of a PDF to PNG with poppler's pdftoppm, for the preview; empty when pdftoppm is missing.</summary>
    public async Task<IReadOnlyList<byte[]>> RenderPagesAsync(byte[] pdf, int resolution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (Pdftoppm is null)
        {
            return [];
        }

        var work = Path.Combine(Path.GetTempPath(), "fazhi-png-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "report.pdf");
            await File.WriteAllBytesAsync(input, pdf, cancellationToken);
            var start = new ProcessStartInfo(Pdftoppm) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-png", "-r", resolution.ToString(System.Globalization.CultureInfo.InvariantCulture), input, Path.Combine(work, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            await RunAsync(start, cancellationToken);
            var pages = new List<byte[]>();
            foreach (var file in Directory.GetFiles(work, "page-*.png").OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal))
            {
                pages.Add(await File.ReadAllBytesAsync(file, cancellationToken));
            }

            return pages;
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static bool HasChineseFont()
    {
        string[] folders = ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts")];
        return folders.Where(Directory.Exists).Any(folder =>
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any(f =>
            {
                var name = Path.GetFileName(f);
                return name.Contains("CJK", StringComparison.OrdinalIgnoreCase) || name.Contains("wqy", StringComparison.OrdinalIgnoreCase)
                    || name.Contains("SimSun", StringComparison.OrdinalIgnoreCase) || name.Contains("FangSong", StringComparison.OrdinalIgnoreCase);
            }));
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the conversion result matters.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
