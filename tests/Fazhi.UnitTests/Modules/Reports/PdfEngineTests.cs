using System.Diagnostics;
using Fazhi.Modules.Reports.Layout;
using Fazhi.Modules.Reports.Pdf;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Fazhi.UnitTests.Modules.Reports;

/// <summary>
/// The PDF made by LibreOffice from the DOCX: its text holds the five parts and the figures, Chinese is set in the
/// aliased Noto CJK faces (not a Latin fallback), and its pages render to PNG (kept under
/// artifacts/test-results/reports). Skipped, with the reason, where LibreOffice or poppler is not installed.
/// </summary>
public sealed class PdfEngineTests
{
    private static PdfEngine Engine(string? soffice = null) =>
        new(Options.Create(new PdfEngineOptions { SofficePath = soffice }), NullLogger<PdfEngine>.Instance);

    [Fact]
    public async Task Convert_WhenLibreOfficeIsInstalled_KeepsPartsFiguresAndChineseFonts()
    {
        var engine = Engine();
        if (engine.MissingPrerequisite() is { } missing)
        {
            Assert.Skip("LibreOffice 或中文字体未安装，跳过 PDF 转换测试：" + missing);
        }

        if (Which("pdftotext") is null || Which("pdffonts") is null)
        {
            Assert.Skip("未安装 poppler-utils（pdftotext、pdffonts），无法检查 PDF 文本。");
        }

        var result = await engine.ConvertAsync(OfficialDocxWriter.Write(OfficialDocxWriterTests.Sample()), TestContext.Current.CancellationToken);

        result.Problem.ShouldBeNull();
        var folder = Path.Combine(ArtifactsFolder(), "reports");
        Directory.CreateDirectory(folder);
        var pdfPath = Path.Combine(folder, "xiaojiang-2022.pdf");
        await File.WriteAllBytesAsync(pdfPath, result.Pdf!, TestContext.Current.CancellationToken);

        var text = Squash(await RunAsync("pdftotext", "-layout", pdfPath, "-"));
        foreach (var expected in new[] { "小江镇2022年法治政府建设年度报告", "一、主要举措和成效", "二、存在的不足和原因", "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、下一年度推进法治政府建设的主要安排", "五、其他需要报告的情况", "本年度行政处罚案件立案共14宗，已结案7宗，在办7宗", "小江镇人民政府", "2023年1月13日", "—1—" })
        {
            text.ShouldContain(Squash(expected));
        }

        // The same checks through PdfPig, reading the PDF as a library would: A4 pages, the parts and the figures.
        using (var document = UglyToad.PdfPig.PdfDocument.Open(result.Pdf!))
        {
            document.GetPages().ShouldAllBe(page => Math.Abs(page.Width - 595.3) < 1 && Math.Abs(page.Height - 841.9) < 1);
            var pigText = Squash(string.Concat(document.GetPages().Select(page => page.Text)));
            pigText.ShouldContain(Squash("一、主要举措和成效"));
            pigText.ShouldContain(Squash("五、其他需要报告的情况"));
            pigText.ShouldContain(Squash("本年度行政处罚案件立案共14宗"));
        }

        var fonts = await RunAsync("pdffonts", pdfPath);
        // The aliases took effect: Song/FangSong names print in Noto Serif CJK, 黑体 in Noto Sans CJK, nothing falls back
        // to a Latin face. (LibreOffice names a face of the Noto .ttc collection after its first member, “jp”; the glyphs
        // are the simplified Chinese ones, ADR 0009.) Each role's face is checked in PublishedReportPdfTests.
        fonts.ShouldContain("NotoSerifCJK");
        fonts.ShouldContain("NotoSansCJK");
        fonts.ShouldNotContain("DejaVu");

        var pages = await engine.RenderPagesAsync(result.Pdf!, 50, TestContext.Current.CancellationToken);
        pages.ShouldNotBeEmpty();
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i][..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
            await File.WriteAllBytesAsync(Path.Combine(folder, $"xiaojiang-2022-page{i + 1}.png"), pages[i], TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Convert_WhenLibreOfficeIsMissing_SaysWhatIsMissingAndHowToInstallIt()
    {
        var result = await Engine("/nonexistent/soffice").ConvertAsync([1, 2, 3], TestContext.Current.CancellationToken);

        result.Pdf.ShouldBeNull();
        result.Problem.ShouldNotBeNull();
        result.Problem.ShouldContain("未找到 PDF 转换引擎 LibreOffice");
        result.Problem.ShouldContain("apt-get install libreoffice-writer-nogui fonts-noto-cjk");
    }

    private static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string ArtifactsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fazhi.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "test-results");
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
