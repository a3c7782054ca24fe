using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// A new major decision of 小江镇 taken from 立项 to publication through the UI only, each person doing their part in
/// their own browser: the clerk initiates it and opens public comment (第十五条), a citizen comments anonymously on the
/// portal and a 12345 call is recorded, the clock moves past the comment period, the clerk answers the opinions and
/// records expert review and risk assessment, the legal advisor gives the legality opinion (第二十六条 to 第二十八条),
/// the leaders decide with the head speaking last (第三十条), the Party committee's agreement is recorded (第三十一条)
/// and the decision is published on the portal (第三十二条). Its own fixture, because it moves the clock.
/// </summary>
public sealed class DecisionFromInitiationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Xiaojiang = "990100101000";
    private const string Title = "小江镇集镇公共停车场建设和管理办法";
    private const string CitizenComment = "建议停车场夜间对周边居民免费开放。";
    private const string HotlineCaller = "张建华";
    private const string HotlinePhone = "13900002222";
    private const string OpinionText = "制定停车场管理办法属于镇人民政府职权范围，已公开征求意见并开展专家论证和风险评估，收费条款符合价格管理规定，同意提交集体讨论。";
    private const string DissentingView = "收费标准应再听取商户意见";

    [Fact]
    public async Task NewDecision_FromInitiationToPublication_EachPersonDoesTheirPartInTheBrowser_AndThePublicSeesTheDecisionAndFeedbackByChannel()
    {
        // 立项: the clerk initiates the decision with its draft and marks it for report to the Party committee (第三十一条).
        await using var clerkContext = await NewContextAsync();
        var clerk = await BrowserApp.SignInAsync(clerkContext, "xiaojiang.clerk");
        await clerk.GotoAsync("/workspace/decisions/new");
        await clerk.FillAsync("#initiate-Title", Title);
        await clerk.FillAsync("#initiate-Owner", "镇村镇建设服务中心");
        await clerk.FillAsync("#initiate-Proposer", "镇人大代表联名建议");
        await clerk.FillAsync("#initiate-Background", "集镇道路占道停车严重，群众多次通过12345反映。");
        await clerk.FillAsync("#initiate-DraftText", "第一条 为规范集镇停车秩序，建设公共停车场。\n第二条 停车场白天收费，夜间免费。\n第三条 收费标准由镇政府另行公布。");
        await clerk.FillAsync("#initiate-Options-0-Name", "方案一");
        await clerk.FillAsync("#initiate-Options-0-Description", "新建集中停车场");
        await clerk.CheckAsync("#initiate-Options-0-Recommended");
        await clerk.FillAsync("#initiate-Options-1-Name", "方案二");
        await clerk.FillAsync("#initiate-Options-1-Description", "道路划线停车");
        await clerk.CheckAsync("#initiate-ReportToPartyCommittee");
        await clerk.ClickAsync("button:has-text('启动决策')");
        await clerk.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/workspace/decisions/[0-9a-f-]{36}$"));
        var decisionPath = new Uri(clerk.Url).AbsolutePath;
        var id = decisionPath[(decisionPath.LastIndexOf('/') + 1)..];
        var main = (await clerk.TextContentAsync("main"))!;
        main.ShouldContain("阶段：起草");
        main.ShouldContain("本决策：须报请同级党委决定/同意");
        await Shot(clerk, "decision-e2e-1-initiated");

        // 第十五条: public comment on the portal for 30 days, Mon 23 Nov to Wed 23 Dec.
        await clerk.ClickAsync("button:has-text('在门户公开征求意见')");
        await clerk.WaitForSelectorAsync("text=公开征求意见：2026-11-23 至 2026-12-23");
        var portalConsultation = (await clerk.GetAttributeAsync("a:text-is('门户页面')", "href"))!;
        var workspaceConsultation = (await clerk.GetAttributeAsync("a:text-is('处理意见与公布采纳情况')", "href"))!;
        portalConsultation.ShouldStartWith($"/t/{Xiaojiang}/consultations/");

        // A citizen comments on 第二条 without giving a name.
        await using var publicContext = await NewContextAsync();
        var visitor = await publicContext.NewPageAsync();
        await visitor.GotoAsync(portalConsultation);
        await visitor.SelectOptionAsync("#Input_Article", "2");
        await visitor.FillAsync("#Input_Content", CitizenComment);
        await visitor.ClickAsync("button:has-text('提交意见')");
        await visitor.WaitForSelectorAsync(".flash");
        (await visitor.TextContentAsync(".flash"))!.ShouldContain("您的意见已提交");
        await Shot(visitor, "decision-e2e-2-citizen-comment");

        // An opinion that came in through the 12345 hotline is recorded beside it.
        await clerk.GotoAsync(workspaceConsultation);
        await clerk.ClickAsync("summary:has-text('登记其他渠道收到的意见')");
        await clerk.SelectOptionAsync("#channel", "Hotline12345");
        await clerk.FillAsync("#summary", "来电建议停车场增设电动车充电桩。");
        await clerk.FillAsync("#submitterName", HotlineCaller);
        await clerk.FillAsync("#contact", HotlinePhone);
        await clerk.ClickAsync("button:has-text('登记意见')");
        await clerk.WaitForSelectorAsync("td:text-is('12345热线')");

        // The comment period ends; sessions have expired on the moved clock, so everyone signs in again.
        app.AdvanceClockTo(new DateOnly(2026, 12, 24));
        await clerkContext.ClearCookiesAsync();
        clerk = await BrowserApp.SignInAsync(clerkContext, "xiaojiang.clerk");
        clerk.Dialog += (_, d) => d.AcceptAsync();

        // The clerk answers each opinion and publishes the feedback (第十八条).
        await clerk.GotoAsync(workspaceConsultation);
        await AnswerAsync(clerk, CitizenComment, adopted: false, "夜间免费将影响停车场运营维护，暂不采纳，夜间收费减半。");
        await AnswerAsync(clerk, "充电桩", adopted: true, "已在第一条中增加充电设施建设内容。");
        await clerk.ClickAsync("button:has-text('公布意见采纳情况')");
        await clerk.WaitForSelectorAsync("text=采纳情况已于 2026-12-24 公布");
        await Shot(clerk, "decision-e2e-3-feedback");

        // 第十九条、第二十条: an expert's written opinion.
        await clerk.GotoAsync(decisionPath);
        await clerk.ClickAsync("summary:has-text('登记专家论证意见')");
        await clerk.FillAsync("#expert-Expert", "刘志明");
        await clerk.FillAsync("#expert-Affiliation", "县交通运输局 高级工程师");
        await clerk.FillAsync("#expert-Opinion", "选址合理，出入口应避开学校门口。");
        await clerk.FillAsync("#expert-AdoptionNote", "已调整出入口位置。");
        await clerk.ClickAsync("button:has-text('登记意见')");
        await clerk.WaitForSelectorAsync("td:text-is('刘志明')");

        // 第二十二条至第二十四条: the risk assessment with its risk points, one row each.
        await clerk.FillAsync("#risk-Assessor", "镇综治中心");
        await FillRiskPointAsync(clerk, 0, "社会稳定", "周边商户对收费有异议", "3", "3", "公示收费标准并听取商户意见");
        await FillRiskPointAsync(clerk, 1, "交通安全", "出入口车流交汇", "2", "4", "设置减速带和指示牌");
        await clerk.SelectOptionAsync("#risk-Level", "Medium");
        await clerk.FillAsync("#risk-Mitigation", "收费标准听证后公布；出入口安排协管员。");
        await clerk.ClickAsync("button:has-text('记录风险评估')");
        await clerk.WaitForSelectorAsync("text=评估单位：镇综治中心");

        // 第二十六条: sent for legality review with the 7 working days the reviewer is owed.
        await clerk.ClickAsync("button:has-text('送请合法性审查')");
        await clerk.WaitForSelectorAsync("text=阶段：合法性审查");
        (await clerk.TextContentAsync("main"))!.ShouldContain("送审：2026-12-24 ｜ 审查期限：2027-01-");
        await Shot(clerk, "decision-e2e-4-sent-for-review");

        // The legal advisor writes the legality opinion.
        await using var advisorContext = await NewContextAsync();
        var advisor = await BrowserApp.SignInAsync(advisorContext, "xiaojiang.advisor");
        await advisor.GotoAsync(decisionPath);
        await advisor.SelectOptionAsync("#opinion-Opinion", "Passed");
        await advisor.FillAsync("#opinion-OpinionText", OpinionText);
        await advisor.ClickAsync("button:has-text('出具审查意见')");
        await advisor.WaitForSelectorAsync("text=阶段：待集体讨论");
        await Shot(advisor, "decision-e2e-5-legality-opinion");

        // 第三十条: the leaders decide at the government meeting, the head speaking last.
        await using var leaderContext = await NewContextAsync();
        var leader = await BrowserApp.SignInAsync(leaderContext, "xiaojiang.leader");
        await leader.GotoAsync(decisionPath);
        await leader.FillAsync("#meeting-MeetingName", "镇政府常务会议");
        await leader.FillAsync("#meeting-Chair", "陈立新");
        await leader.FillAsync("#meeting-Attendees", "镇政府班子成员，法律顾问列席");
        await FillViewAsync(leader, 0, "周海燕", "副镇长", "Agree", "同意建设。", head: false);
        await FillViewAsync(leader, 1, "吴国强", "副镇长", "AgreeWithChanges", DissentingView + "。", head: false);
        await FillViewAsync(leader, 2, "陈立新", "镇长", "Agree", "同意，按程序报镇党委。", head: true);
        await leader.SelectOptionAsync("#meeting-Outcome", "Adopt");
        await leader.FillAsync("#meeting-Minutes", "会议审议了公众意见采纳情况、专家论证意见、风险评估报告和合法性审查意见，同意通过，报镇党委同意后公布。");
        await leader.ClickAsync("button:has-text('记录集体讨论决定')");
        await leader.WaitForSelectorAsync("text=阶段：已决定");
        (await leader.TextContentAsync("main"))!.ShouldContain("陈立新（镇长，末位表态）");
        await Shot(leader, "decision-e2e-6-collective-decision");

        // 第三十一条: publication is refused until the Party committee's agreement is on record.
        await clerk.GotoAsync(decisionPath);
        await FillPublicationAsync(clerk);
        await clerk.ClickAsync("button:has-text('在门户公布决策')");
        var alert = clerk.Locator(".alert.refusal");
        await alert.WaitForAsync();
        (await alert.TextContentAsync())!.ShouldContain("国务院令第713号第三十一条");
        (await clerk.TextContentAsync("main"))!.ShouldContain("阶段：已决定");
        await Shot(clerk, "decision-e2e-7-party-committee-refusal");

        await clerk.GotoAsync(decisionPath);
        await clerk.FillAsync("#report-Committee", "中共小江镇委员会");
        await clerk.FillAsync("#report-Matter", "关于《小江镇集镇公共停车场建设和管理办法》的请示");
        await clerk.ClickAsync("button:has-text('登记请示报告')");
        await clerk.WaitForSelectorAsync("text=向 中共小江镇委员会 请示报告");
        await clerk.SelectOptionAsync("#reply-Agreed", "true");
        await clerk.FillAsync("#reply-Reply", "经镇党委会议研究，同意出台。");
        await clerk.ClickAsync("button:has-text('记录党委意见')");
        await clerk.WaitForSelectorAsync("text=经镇党委会议研究，同意出台。");

        // 第三十二条: published on the portal.
        await FillPublicationAsync(clerk);
        await clerk.ClickAsync("button:has-text('在门户公布决策')");
        await clerk.WaitForSelectorAsync("text=阶段：已公布");
        (await clerk.TextContentAsync("main"))!.ShouldContain("小政发〔2026〕30号 ｜ 公布于 2026-12-24");
        await Shot(clerk, "decision-e2e-8-published");

        // The public sees the decision and the feedback by channel, without anyone's name or number, nor internal opinions.
        await visitor.GotoAsync($"/t/{Xiaojiang}/decisions/{id}");
        (await visitor.TextContentAsync("h1"))!.ShouldContain(Title);
        var decision = (await visitor.TextContentAsync("main"))!;
        decision.ShouldContain("小政发〔2026〕30号");
        decision.ShouldContain("停车场白天收费");
        decision.ShouldNotContain(OpinionText);
        decision.ShouldNotContain(DissentingView);
        await Shot(visitor, "decision-e2e-9-portal-decision");
        await visitor.ClickAsync("a:has-text('查看公开征求意见及采纳情况')");
        await visitor.WaitForURLAsync($"**{portalConsultation}");
        var feedback = (await visitor.TextContentAsync(".by-channel"))!;
        feedback.ShouldContain("门户网站 1 条（采纳 0 条）");
        feedback.ShouldContain("12345热线 1 条（采纳 1 条）");
        var page = (await visitor.TextContentAsync("main"))!;
        page.ShouldContain("张某某");
        page.ShouldNotContain(HotlineCaller);
        page.ShouldNotContain(HotlinePhone);
        await Shot(visitor, "decision-e2e-10-portal-feedback");
    }

    private Task<IBrowserContext> NewContextAsync() =>
        app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });

    private static async Task AnswerAsync(IPage page, string opinion, bool adopted, string reason)
    {
        var row = page.Locator("tr", new PageLocatorOptions { HasText = opinion });
        await row.Locator("select[name=adopted]").SelectOptionAsync(adopted ? "true" : "false");
        await row.Locator("textarea[name=reason]").FillAsync(reason);
        await row.Locator("button:has-text('保存答复')").ClickAsync();
        await page.WaitForSelectorAsync($"textarea:text-is('{reason}')");
    }

    private static async Task FillPublicationAsync(IPage page)
    {
        await page.FillAsync("#publication-DocumentNumber", "小政发〔2026〕30号");
        await page.FillAsync("#publication-Interpretation", "收到门户网站、12345热线意见2条，采纳1条；专家建议调整出入口，已采纳。");
    }

    private static async Task FillRiskPointAsync(IPage page, int row, string category, string description, string likelihood, string impact, string mitigation)
    {
        await page.FillAsync($"#risk-Points-{row}-Category", category);
        await page.FillAsync($"#risk-Points-{row}-Description", description);
        await page.SelectOptionAsync($"#risk-Points-{row}-Likelihood", likelihood);
        await page.SelectOptionAsync($"#risk-Points-{row}-Impact", impact);
        await page.FillAsync($"#risk-Points-{row}-Mitigation", mitigation);
    }

    private static async Task FillViewAsync(IPage page, int row, string member, string post, string position, string view, bool head)
    {
        await page.FillAsync($"#meeting-Views-{row}-Member", member);
        await page.FillAsync($"#meeting-Views-{row}-Post", post);
        await page.SelectOptionAsync($"#meeting-Views-{row}-Position", position);
        await page.FillAsync($"#meeting-Views-{row}-View", view);
        await page.SetCheckedAsync($"#meeting-Views-{row}-IsHead", head);
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, name + ".png"), FullPage = true });
}
