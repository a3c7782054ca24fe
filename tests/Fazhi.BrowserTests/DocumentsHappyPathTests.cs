using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// A normative document of 小江镇 from the clerk's first draft to the public portal, through the pages only:
/// legality review by the township's legal advisor, collective deliberation, registration with a number,
/// leader signing and publication (规章制定程序条例 and 国办发〔2018〕37号 as the module implements them).
/// </summary>
public sealed partial class DocumentsHappyPathTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Township = "990100101000";

    [Fact]
    public async Task NormativeDocument_DraftedReviewedDeliberatedSignedAndPublished_IsFoundOnThePortalWithItsNumber()
    {
        // The app runs on the fixture's clock, not the machine's: "today" is its day in Beijing.
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().AddHours(8).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = $"小江镇农村人居环境整治管理办法（{Guid.NewGuid().ToString("N")[..6]}）";

        // The clerk drafts the first version; nothing it touches requires public comment.
        await using var clerkContext = await NewContextAsync();
        var clerk = await BrowserApp.SignInAsync(clerkContext, "xiaojiang.clerk");
        await clerk.GotoAsync("/workspace/documents/new");
        await clerk.FillAsync("#Form_Title", title);
        await clerk.FillAsync("#Form_Body", "第一条 为改善农村人居环境，根据有关规定，结合本镇实际，制定本办法。\n第二条 各村应当建立保洁制度，明确保洁责任区域。\n第三条 本办法自公布之日起施行。");
        await clerk.FillAsync("#Form_Explanation", "依据上级人居环境整治工作部署起草。");
        await clerk.ClickAsync("button:has-text('保存为第1稿')");
        await clerk.WaitForURLAsync(DetailUrl());
        var detailPath = new Uri(clerk.Url).AbsolutePath;
        (await clerk.TextContentAsync("h1"))!.ShouldBe(title);
        await ExpectStatusAsync(clerk, "起草中");
        // The annex goes with the draft: uploaded on the document's page, published with the document.
        await clerk.FillAsync("section.attachments input[name='Input.Purpose']", "附件：保洁责任区域划分表");
        await clerk.SetInputFilesAsync("section.attachments input[type=file]", new FilePayload
        {
            Name = "保洁责任区域划分表.pdf",
            MimeType = "application/pdf",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"%PDF-1.4\n% {Guid.NewGuid()}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
        });
        await clerk.ClickAsync("section.attachments button:has-text('上传附件')");
        await Assertions.Expect(clerk.Locator("section.attachments td", new PageLocatorOptions { HasText = "保洁责任区域划分表.pdf" })).ToHaveCountAsync(1);
        await ShotAsync(clerk, "documents-1-draft");

        // The clerk sends it to the township's legal advisor for the legality review.
        await clerk.ClickAsync("summary:has-text('送合法性审核')");
        await clerk.SelectOptionAsync("#rk", "LegalAdvisor");
        await clerk.SelectOptionAsync("#adv", "xiaojiang.advisor");
        await clerk.FillAsync("#days", "7");
        await clerk.ClickAsync("button:has-text('送审')");
        await ExpectStatusAsync(clerk, "合法性审核中");

        // The advisor, in a browser of their own, gives the opinion 合法.
        await using (var advisorContext = await NewContextAsync())
        {
            var advisor = await BrowserApp.SignInAsync(advisorContext, "xiaojiang.advisor");
            await advisor.GotoAsync(detailPath + "/review");
            (await advisor.TextContentAsync("h1"))!.ShouldContain(title);
            await advisor.CheckAsync("input[name=Opinion][value=Lawful]");
            await advisor.FillAsync("#reasons", "制定主体、权限和程序合法，未设定行政许可、行政处罚、行政强制和收费事项，未增加公民义务。");
            await ShotAsync(advisor, "documents-2-legality-review");
            await advisor.ClickAsync("button:has-text('出具意见')");
            await ExpectStatusAsync(advisor, "已审核");
            (await advisor.TextContentAsync("main"))!.ShouldContain("审核意见：合法");
        }

        // The clerk records the collective deliberation that approved it.
        await clerk.ReloadAsync();
        await ExpectStatusAsync(clerk, "已审核");
        await clerk.FillAsync("#md", today);
        await clerk.FillAsync("#att", "镇长、分管副镇长、党政办主任、司法所所长");
        await clerk.SelectOptionAsync("#dec", "Approved");
        await clerk.FillAsync("#min", "镇政府常务会议审议《" + title + "》，一致同意通过。");
        await clerk.ClickAsync("button:has-text('记录集体审议')");
        await ExpectStatusAsync(clerk, "已集体审议");
        await ShotAsync(clerk, "documents-3-deliberated");

        // The leader registers it (it gets its 文号). The 分管领导 signs first, then the 主要领导 (ADR 0027): each finds the
        // signature waiting on the workspace home, counted beside 工作台, and follows it to the document.
        await using (var leaderContext = await NewContextAsync())
        {
            var leader = await BrowserApp.SignInAsync(leaderContext, "xiaojiang.leader");
            await leader.GotoAsync(detailPath);
            await leader.ClickAsync("button:has-text('登记并编号')");
            await ExpectStatusAsync(leader, "已登记编号");
            // The 主要领导 is offered no signature before the 分管领导's.
            await Assertions.Expect(leader.Locator("button:has-text('主要领导签发')")).ToHaveCountAsync(0);
        }

        await using (var deputyContext = await NewContextAsync())
        {
            var deputy = await BrowserApp.SignInAsync(deputyContext, "xiaojiang.deputy");
            await SignFromHomeAsync(deputy, title, "分管领导签发");
            await Assertions.Expect(deputy.Locator(".flash")).ToContainTextAsync("下一步：主要领导签发");
        }

        await using (var leaderContext = await NewContextAsync())
        {
            var leader = await BrowserApp.SignInAsync(leaderContext, "xiaojiang.leader");
            await SignFromHomeAsync(leader, title, "主要领导签发");
            await ExpectStatusAsync(leader, "已签发");
            await Assertions.Expect(leader.Locator(".flash")).ToContainTextAsync("下一步：公布");
            await ShotAsync(leader, "documents-4-signed");
        }

        await clerk.ReloadAsync();
        var number = (await clerk.Locator("h1 + p .badge.text-bg-success").First.TextContentAsync())!.Trim();
        NumberPattern().IsMatch(number).ShouldBeTrue($"文号“{number}”");

        // The clerk publishes it on the portal, confirming the dialog.
        clerk.Dialog += (_, dialog) => dialog.AcceptAsync();
        // 成文日期 defaults to the signing date.
        (await clerk.InputValueAsync("#wo")).ShouldBe(today);
        await clerk.FillAsync("#ef", today);
        await clerk.ClickAsync("button:text-is('公布')");
        await ExpectStatusAsync(clerk, "已公布");
        await ShotAsync(clerk, "documents-5-published");

        // Anyone finds it in the township's normative documents column and reads it with its number.
        await using var publicContext = await NewContextAsync();
        var visitor = await publicContext.NewPageAsync();
        await visitor.GotoAsync($"/t/{Township}/documents");
        await visitor.FillAsync("#q", title);
        await visitor.ClickAsync("form.filters button[type=submit]");
        var entry = visitor.Locator(".column li", new PageLocatorOptions { HasText = title });
        await Assertions.Expect(entry).ToHaveCountAsync(1);
        await Assertions.Expect(entry).ToContainTextAsync(number);
        await ShotAsync(visitor, "documents-6-portal-column");
        await entry.Locator("a").ClickAsync();
        await visitor.WaitForURLAsync(new Regex($"/t/{Township}/documents/[0-9a-f-]{{36}}$"));
        (await visitor.TextContentAsync("article h1"))!.ShouldBe(title);
        (await visitor.TextContentAsync("tr:has(th:text-is('文号')) td >> nth=0"))!.ShouldBe(number);
        (await visitor.TextContentAsync("tr:has(th:text-is('成文日期')) td >> nth=0"))!.ShouldBe(today);
        (await visitor.TextContentAsync("article"))!.ShouldContain("第二条 各村应当建立保洁制度");
        var annex = visitor.Locator("ul.attachment-list a", new PageLocatorOptions { HasText = "保洁责任区域划分表.pdf" });
        await Assertions.Expect(annex).ToHaveCountAsync(1);
        (await annex.GetAttributeAsync("href"))!.ShouldStartWith("/files/");
        await ShotAsync(visitor, "documents-7-portal-document");
    }

    private Task<IBrowserContext> NewContextAsync() =>
        app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });


    // The status badge under the title; Expect waits for the page the form's redirect loads.
    private static Task ExpectStatusAsync(IPage page, string status) =>
        Assertions.Expect(page.Locator("h1 + p .badge").First).ToHaveTextAsync(status);

    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, name + ".png"), FullPage = true });

    private static Regex DetailUrl() => DetailUrlPattern();

    [GeneratedRegex("/workspace/documents/[0-9a-f-]{36}$")]
    private static partial Regex DetailUrlPattern();

    [GeneratedRegex("^.+规〔2026〕[0-9]+号$")]
    private static partial Regex NumberPattern();

    /// <summary>On the home page: the signature waits under 待我办理 with the count beside 工作台; follow it and sign.</summary>
    private static async Task SignFromHomeAsync(IPage page, string title, string action)
    {
        await page.GotoAsync("/workspace");
        var item = page.Locator(".waiting-item", new() { HasText = title });
        await Assertions.Expect(item.Locator(".waiting-action")).ToHaveTextAsync(action);
        var count = int.Parse(Regex.Match(await page.Locator("header .waiting-count").First.InnerTextAsync(), @"\d+").Value, CultureInfo.InvariantCulture);
        count.ShouldBe(await page.Locator(".waiting-item").CountAsync());
        await ShotAsync(page, "documents-waiting-" + (action.StartsWith("分管", StringComparison.Ordinal) ? "in-charge" : "principal"));
        await item.Locator("a.waiting-subject").ClickAsync();
        await page.ClickAsync($"button:has-text('{action}')");
        await page.WaitForURLAsync("**/workspace/documents/*");
    }
}
