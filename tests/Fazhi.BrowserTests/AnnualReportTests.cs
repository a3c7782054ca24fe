using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// 小江镇's 2026 法治政府建设年度报告 from draft to portal in a real browser: the clerk drafts it from the records and
/// completes the parts staff write, the leader approves, the report is published, and the public finds it with its
/// disclosure metadata and the DOCX (督察工作规定 第二十四条). (Its 2022 report is a seed report the demo publishes.)
/// </summary>
public sealed class AnnualReportTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string TownshipCode = "990100101000";

    [Fact]
    public async Task AnnualReport_WhenDraftedEditedApprovedAndPublished_AppearsOnTheTownshipPortalWithItsDocx()
    {
        // The clerk drafts this year's report from the records: part 一 carries the sentence generated from the
        // enforcement records of the cases running now.
        await using var clerkContext = await NewContextAsync();
        var clerk = await SignedInPageAsync(clerkContext, "xiaojiang.clerk");
        await clerk.GotoAsync("/workspace/reports");
        await clerk.FillAsync("#year", "2026");
        await clerk.ClickAsync("button:has-text('根据记录起草')");
        await clerk.WaitForURLAsync("**/workspace/reports/2026");
        (await clerk.TextContentAsync("h1"))!.ShouldContain("2026");
        (await clerk.TextContentAsync("main .badge"))!.ShouldBe("起草中");
        var body = clerk.Locator("section.card").First;
        (await body.TextContentAsync())!.ShouldContain("本年度行政处罚案件立案共");
        // A clerk sees no approval button: only the leader approves.
        (await clerk.Locator("form[action*='handler=Approve'] button").CountAsync()).ShouldBe(0);
        await Screenshot(clerk, "report-draft");

        // The clerk writes the parts staff write (三 to 五) and saves a new version.
        var before = await VersionCountAsync(clerk);
        await clerk.ClickAsync("a:has-text('修改（保存为新版本）')");
        await clerk.WaitForURLAsync("**/workspace/reports/2026/edit");
        const string otherMatters = "我镇于2026年11月组织全体执法人员参加行政执法资格年度培训，无其他需要报告的情况。";
        if ((await clerk.InputValueAsync("#p2")).Length == 0)
        {
            await clerk.FillAsync("#p2", "专职执法人员不足，执法力量较为薄弱。");
        }

        if ((await clerk.InputValueAsync("#p3")).Length == 0)
        {
            await clerk.FillAsync("#p3", "党委书记切实履行法治政府建设第一责任人职责。");
        }

        await clerk.FillAsync("#p4", "（一）加强执法队伍建设\n落实持证上岗、亮证执法。");
        await clerk.FillAsync("#p5", otherMatters);
        await clerk.FillAsync("#note", "补充执法人员培训情况");
        await Screenshot(clerk, "report-edit");
        await clerk.ClickAsync("button:has-text('保存为新版本')");
        await clerk.WaitForURLAsync("**/workspace/reports/2026");
        (await clerk.TextContentAsync(".flash"))!.ShouldContain($"已保存为第 {before + 1} 稿");
        (await body.TextContentAsync())!.ShouldContain(otherMatters);
        (await VersionCountAsync(clerk)).ShouldBe(before + 1);

        // The leader, in a browser of his own, approves the latest version.
        await using var leaderContext = await NewContextAsync();
        var leader = await SignedInPageAsync(leaderContext, "xiaojiang.leader");
        leader.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await leader.GotoAsync("/workspace/reports/2026");
        await leader.ClickAsync("button:has-text('领导审定')");
        await leader.WaitForSelectorAsync(".flash");
        (await leader.TextContentAsync(".flash"))!.ShouldContain("报告已审定");
        (await leader.TextContentAsync("main .badge"))!.ShouldBe("已审定");
        (await leader.TextContentAsync("main"))!.ShouldContain($"审定稿为第 {before + 1} 稿");
        await Screenshot(leader, "report-approved");

        // Before publication the portal knows nothing of the report.
        await using var publicContext = await NewContextAsync();
        var visitor = await publicContext.NewPageAsync();
        var early = await visitor.GotoAsync($"/t/{TownshipCode}/reports/2026");
        early!.Status.ShouldBe(404);

        // The clerk publishes the approved version (confirming the dialog); PDF depends on LibreOffice being installed.
        clerk.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await clerk.ReloadAsync();
        await clerk.ClickAsync("button:has-text('在门户公开')");
        // Converting to PDF with LibreOffice may take a while on a busy machine.
        await clerk.WaitForSelectorAsync(".flash", new PageWaitForSelectorOptions { Timeout = 180_000 });
        (await clerk.TextContentAsync(".flash"))!.ShouldContain("报告已在门户");
        (await clerk.TextContentAsync("main .badge"))!.ShouldBe("已公开");
        (await clerk.TextContentAsync("main"))!.ShouldContain("索引号");
        // A published report is final: no edit link any more.
        (await clerk.Locator("a:has-text('修改（保存为新版本）')").CountAsync()).ShouldBe(0);
        await Screenshot(clerk, "report-published");

        // The public opens the township portal's column and follows the link to the report.
        await visitor.GotoAsync($"/t/{TownshipCode}/reports");
        (await visitor.TextContentAsync("main"))!.ShouldContain("小江镇2026年法治政府建设年度报告");
        await Screenshot(visitor, "report-portal-column");
        await visitor.ClickAsync($"a[href='/t/{TownshipCode}/reports/2026']");
        await visitor.WaitForURLAsync($"**/t/{TownshipCode}/reports/2026");
        var meta = visitor.Locator("table.table-meta");
        var metaText = (await meta.TextContentAsync())!;
        metaText.ShouldContain("索引号");
        metaText.ShouldContain("发布机构");
        metaText.ShouldContain("小江镇人民政府");
        metaText.ShouldContain("2026-11-23");
        metaText.ShouldContain("主动公开");
        metaText.ShouldContain("第二十四条");
        var article = (await visitor.TextContentAsync("article"))!;
        article.ShouldContain("本年度行政处罚案件立案共");
        article.ShouldContain(otherMatters);
        await Screenshot(visitor, "report-portal");

        // The DOCX link returns the published Word file to an anonymous visitor.
        var docxLink = visitor.Locator("a[href$='handler=Docx']");
        (await docxLink.CountAsync()).ShouldBe(1);
        var href = (await docxLink.GetAttributeAsync("href"))!;
        var docx = await publicContext.APIRequest.GetAsync(href);
        docx.Status.ShouldBe(200);
        docx.Headers["content-type"].ShouldStartWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var bytes = await docx.BodyAsync();
        // A DOCX is a ZIP package: it starts with "PK".
        bytes.Length.ShouldBeGreaterThan(1000);
        bytes[0].ShouldBe((byte)'P');
        bytes[1].ShouldBe((byte)'K');

        // The PDF exists only where LibreOffice converted it at publication; when it is offered, it must download too.
        var pdfLink = visitor.Locator("a[href$='handler=Pdf']");
        if (await pdfLink.CountAsync() == 1)
        {
            var pdf = await publicContext.APIRequest.GetAsync((await pdfLink.GetAttributeAsync("href"))!);
            pdf.Status.ShouldBe(200);
            pdf.Headers["content-type"].ShouldStartWith("application/pdf");
        }
    }

    private Task<IBrowserContext> NewContextAsync() =>
        app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });

    private static async Task<IPage> SignedInPageAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", "Fazhi2026demo");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    private static async Task<int> VersionCountAsync(IPage page) =>
        await page.Locator("section.card:has(h2:has-text('版本')) tbody tr").CountAsync();

    private static async Task Screenshot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, name + ".png"), FullPage = true });
}
