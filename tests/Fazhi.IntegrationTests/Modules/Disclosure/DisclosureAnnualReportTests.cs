using System.Globalization;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Disclosure;

/// <summary>
/// The 政府信息公开工作年度报告's tables equal the register: 河市镇 2026's applications, published catalogue items and its
/// reconsideration about a refusal, on the page and in the Word file alike.
/// </summary>
public sealed class DisclosureAnnualReportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static List<List<string>> Rows(AngleSharp.Dom.IDocument page, string heading) =>
        page.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")!.TextContent.StartsWith(heading, StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();

    [Fact]
    public async Task Heshi2026_TablesEqualTheRegisterAndTheCatalogue()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        var (received, carried, published) = await app.WithDbAsync(async db =>
        {
            var heshi = await db.Set<Township>().IgnoreQueryFilters().SingleAsync(t => t.DivisionCode == "990100104000");
            var start = new DateOnly(2026, 1, 1);
            var end = new DateOnly(2026, 12, 31);
            var requests = db.Set<Fazhi.Modules.Disclosure.Model.DisclosureRequest>().IgnoreQueryFilters().Where(r => r.TownshipId == heshi.Id);
            return (await requests.CountAsync(r => r.ReceivedOn >= start && r.ReceivedOn <= end),
                await requests.CountAsync(r => r.ReceivedOn < start && (r.RepliedOn == null || r.RepliedOn >= start) && (r.ClosedOn == null || r.ClosedOn >= start)),
                await db.Set<Fazhi.Modules.Disclosure.Model.DisclosureItem>().IgnoreQueryFilters().CountAsync(i => i.TownshipId == heshi.Id && i.PublishedOn >= start && i.PublishedOn <= end));
        });

        var page = await new HtmlParser().ParseDocumentAsync(await clerk.GetStringAsync("/workspace/disclosure/annual-report?Year=2026"));

        received.ShouldBeGreaterThan(0);
        var requests = Rows(page, "三、");
        requests.Single(r => r[0].StartsWith("一、", StringComparison.Ordinal))[3].ShouldBe(received.ToString(CultureInfo.InvariantCulture));
        requests.Single(r => r[0].StartsWith("二、", StringComparison.Ordinal))[3].ShouldBe(carried.ToString(CultureInfo.InvariantCulture));
        var handled = int.Parse(requests.Single(r => r[0] == "三、本年度办理结果：总计")[3], CultureInfo.InvariantCulture);
        var forward = int.Parse(requests.Single(r => r[0].StartsWith("四、", StringComparison.Ordinal))[3], CultureInfo.InvariantCulture);
        (handled + forward).ShouldBe(received + carried);
        Rows(page, "二、").Single(r => r[0] == "合计")[1].ShouldBe(published.ToString(CultureInfo.InvariantCulture));
        Rows(page, "四、").Single(r => r[0] == "行政复议").ShouldBe(["行政复议", "1", "0", "0", "0", "1"]);

        var docx = await clerk.GetAsync("/workspace/disclosure/annual-report?Year=2026&handler=Docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("河市镇人民政府2026年政府信息公开工作年度报告");
        text.ShouldContain($"新收政府信息公开申请{received}件");
        text.ShouldContain("因政府信息公开工作被申请行政复议1件");
    }
}
