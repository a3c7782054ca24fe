using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Modules.Reports.Pdf;
using Fazhi.Modules.Reports.Publication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Reports;

/// <summary>
/// The step after start-up (ADR 0025) with its setting on, as ./run.sh has it: the demo's five published seed reports
/// get their PDF once each, made from the DOCX as published and kept; a second run makes none; the portal then offers
/// the PDF. The only class that runs it, since LibreOffice takes seconds per report.
/// </summary>
public sealed class SeedReportPdfAfterStartUpTests(SeedReportPdfAfterStartUpTests.PdfAfterStartUpApp app) : IClassFixture<SeedReportPdfAfterStartUpTests.PdfAfterStartUpApp>
{
    [Fact]
    public async Task PdfStepAfterStartUp_MakesEverySeedReportsPdfOnce_AndTheSecondRunMakesNone()
    {
        SkipWithoutPdfEngine();
        var maker = app.Services.GetRequiredService<MissingPdfMaker>();

        // The run the host started after start-up: LibreOffice is slow on a busy machine.
        var made = await maker.AfterStartUp.WaitAsync(TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken);

        made.ShouldBe(5);
        var pdfs = await app.WithDbAsync(db => db.Set<AnnualReportFile>().Where(f => f.Kind == ReportFileKind.Pdf)
            .Select(f => new { f.ReportId, f.Sha256 }).ToListAsync());
        pdfs.Select(p => p.ReportId).Distinct().Count().ShouldBe(5);
        pdfs.Count.ShouldBe(5);

        (await maker.RunOnceAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        (await app.WithDbAsync(db => db.Set<AnnualReportFile>().Where(f => f.Kind == ReportFileKind.Pdf).Select(f => f.Sha256).ToListAsync()))
            .ShouldBe(pdfs.Select(p => p.Sha256), ignoreOrder: true);
    }

    [Fact]
    public async Task Portal_OffersTheKeptPdf_WhoseTextStatesTheSeedFigures()
    {
        SkipWithoutPdfEngine();
        await app.Services.GetRequiredService<MissingPdfMaker>().AfterStartUp.WaitAsync(TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken);
        var visitor = app.Anonymous();

        var page = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/t/990100102000/reports/2022"));
        var link = page.QuerySelector("a[href$='handler=Pdf']")!.GetAttribute("href")!;
        var response = await visitor.GetAsync(link);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        (await visitor.GetByteArrayAsync(link)).ShouldBe(pdf, "门户每次提供的是同一份保存的 PDF");
        var text = string.Concat(PdfLayout.Read(pdf).SelectMany(p => p).Where(l => !l.Text.StartsWith('—')).Select(l => l.Text));
        text.ShouldContain("太霞乡2022年法治政府建设年度报告");
        text.ShouldContain("统一发布率100%");
        text.ShouldContain("其中行政执法人员业务培训3场");
    }

    private void SkipWithoutPdfEngine()
    {
        if (app.Services.GetRequiredService<PdfEngine>().MissingPrerequisite() is { } missing)
        {
            Assert.Skip("LibreOffice 或中文字体未安装，跳过启动后生成 PDF 的测试：" + missing);
        }
    }

    /// <summary>The test app with the PDF step after start-up on, as ./run.sh starts Fazhi.</summary>
    public sealed class PdfAfterStartUpApp : FazhiApp
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Fazhi:Reports:MakeMissingPdfsAfterStartUp", "true")];
    }
}
