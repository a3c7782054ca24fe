using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// 太霞乡's tourism plan, which the demo data leaves in legality review, taken through the rest of 国务院令第713号 in a real
/// browser: the legal advisor's opinion, the collective meeting (refused once for the head not speaking last), publication,
/// and the public's view of it on the portal.
/// </summary>
public sealed class DecisionsTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string TourismPlan = "太霞乡乡村旅游发展规划（2026—2030年）";
    private const string OpinionText = "规划事项属于乡人民政府职权范围，已履行公众参与、专家论证和风险评估程序，内容不违反法律法规，同意提交集体讨论。";
    private const string DissentingView = "步道选址应再征求沿河村民意见";

    [Fact]
    public async Task TourismPlan_WhenReviewedDecidedAndPublished_RefusesAHeadWhoDoesNotSpeakLast_AndShowsThePublicOnlyTheDecision()
    {
        await using var publicContext = await NewContextAsync();
        var visitor = await publicContext.NewPageAsync();

        // The legal advisor gives the written legality opinion (第二十七条、第二十八条).
        await using var advisorContext = await NewContextAsync();
        var advisor = await BrowserApp.SignInAsync(advisorContext, "taixia.advisor");
        await advisor.GotoAsync("/workspace/decisions");
        await advisor.ClickAsync($"a:text-is('{TourismPlan}')");
        await advisor.WaitForURLAsync("**/workspace/decisions/*");
        var decisionPath = new Uri(advisor.Url).AbsolutePath;
        var id = decisionPath[(decisionPath.LastIndexOf('/') + 1)..];

        // Before publication the public cannot open the decision (PublicQueries lets only published ones through).
        (await visitor.GotoAsync($"/t/990100102000/decisions/{id}"))!.Status.ShouldBe(404);

        (await advisor.TextContentAsync("main"))!.ShouldContain("阶段：合法性审查");
        await advisor.SelectOptionAsync("#opinion-Opinion", "Passed");
        await advisor.FillAsync("#opinion-OpinionText", OpinionText);
        await advisor.ClickAsync("button:has-text('出具审查意见')");
        await advisor.WaitForSelectorAsync("text=合法，同意提交集体讨论");
        (await advisor.TextContentAsync("main"))!.ShouldContain("阶段：待集体讨论");
        await Shot(advisor, "decision-legality-opinion");

        // The leader records the meeting with the head speaking first: refused, with the rule and its article on the page.
        await using var leaderContext = await NewContextAsync();
        var leader = await BrowserApp.SignInAsync(leaderContext, "taixia.leader");
        leader.Dialog += (_, d) => d.AcceptAsync();
        await leader.GotoAsync(decisionPath);
        await FillMeetingAsync(leader,
            ("王建国", "乡长", "Agree", "同意规划，分期实施。", true), ("李春梅", "副乡长", "Agree", "同意。", false), ("赵志勇", "副乡长", "AgreeWithChanges", DissentingView + "。", false));
        await leader.ClickAsync("button:has-text('记录集体讨论决定')");
        var alert = leader.Locator(".alert.refusal");
        await alert.WaitForAsync();
        (await alert.TextContentAsync())!.ShouldContain("行政首长须在集体讨论的最后发表意见（末位表态，国务院令第713号第三十条）");
        (await leader.TextContentAsync("main"))!.ShouldContain("阶段：待集体讨论");
        await Shot(leader, "decision-meeting-refused");

        // The same meeting recorded in speaking order, the head last, on the page that kept what was typed: adopted.
        await FillMeetingAsync(leader,
            ("李春梅", "副乡长", "Agree", "同意。", false), ("赵志勇", "副乡长", "AgreeWithChanges", DissentingView + "。", false), ("王建国", "乡长", "Agree", "同意规划，分期实施。", true));
        await leader.ClickAsync("button:has-text('记录集体讨论决定')");
        await leader.WaitForSelectorAsync("text=阶段：已决定");
        (await leader.Locator(".alert.refusal").CountAsync()).ShouldBe(0);
        (await leader.TextContentAsync("main"))!.ShouldContain("王建国（乡长，末位表态）");
        await Shot(leader, "decision-meeting-adopted");

        // The clerk publishes it on the portal (第三十二条).
        await using var clerkContext = await NewContextAsync();
        var clerk = await BrowserApp.SignInAsync(clerkContext, "taixia.clerk");
        clerk.Dialog += (_, d) => d.AcceptAsync();
        await clerk.GotoAsync(decisionPath);
        await clerk.FillAsync("#publication-DocumentNumber", "太政发〔2026〕18号");
        await clerk.FillAsync("#publication-Interpretation", "公众意见1条已采纳；专家建议分期实施，已采纳。");
        await clerk.ClickAsync("button:has-text('在门户公布决策')");
        await clerk.WaitForSelectorAsync("text=阶段：已公布");
        (await clerk.TextContentAsync("main"))!.ShouldContain("太政发〔2026〕18号 ｜ 公布于 2026-11-23");
        await Shot(clerk, "decision-published");

        // Anyone finds the decision in the 政务公开 column and sees it with its explanation, but neither the legality
        // opinion nor the meeting's views.
        await visitor.GotoAsync("/t/990100102000/disclosure");
        await visitor.ClickAsync($"a:has-text('{TourismPlan}（太政发〔2026〕18号）')");
        await visitor.WaitForURLAsync($"**/t/990100102000/decisions/{id}");
        var portal = (await visitor.TextContentAsync("main"))!;
        (await visitor.TextContentAsync("h1"))!.ShouldContain(TourismPlan);
        portal.ShouldContain("太政发〔2026〕18号");
        portal.ShouldContain("打造“亲水太霞”乡村旅游品牌");
        portal.ShouldContain("专家建议分期实施，已采纳");
        // The public comment's adoption summary is one click away.
        (await visitor.GetAttributeAsync("a:has-text('查看公开征求意见及采纳情况')", "href"))!.ShouldStartWith("/t/990100102000/consultations/");
        portal.ShouldNotContain(OpinionText);
        portal.ShouldNotContain(DissentingView);
        portal.ShouldNotContain("末位表态");
        await Shot(visitor, "decision-portal");
    }

    private Task<IBrowserContext> NewContextAsync() =>
        app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });


    /// <summary>The meeting's record with the views in speaking order, one row each (the form's spare rows stay blank).</summary>
    private static async Task FillMeetingAsync(IPage page, params (string Member, string Post, string Position, string View, bool IsHead)[] views)
    {
        await page.FillAsync("#meeting-MeetingName", "乡政府常务会议");
        await page.FillAsync("#meeting-Chair", "王建国");
        await page.FillAsync("#meeting-Attendees", "政府班子成员，司法所所长、法律顾问列席");
        for (var i = 0; i < views.Length; i++)
        {
            await page.FillAsync($"#meeting-Views-{i}-Member", views[i].Member);
            await page.FillAsync($"#meeting-Views-{i}-Post", views[i].Post);
            await page.SelectOptionAsync($"#meeting-Views-{i}-Position", views[i].Position);
            await page.FillAsync($"#meeting-Views-{i}-View", views[i].View);
            await page.SetCheckedAsync($"#meeting-Views-{i}-IsHead", views[i].IsHead);
        }

        await page.SelectOptionAsync("#meeting-Outcome", "Adopt");
        await page.FillAsync("#meeting-Minutes", "会议听取乡经济发展办关于乡村旅游发展规划的汇报，审议了公众意见、专家论证意见、风险评估报告和合法性审查意见，同意通过。");
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, name + ".png"), FullPage = true });
}
