using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// A penalty case of 小江镇 from 立案 to 事后公示 through the pages, as the clerk, an officer and the leader work it, ending on the
/// public portal with the party's personal information masked (《行政处罚法》第四十八条).
/// </summary>
public sealed class EnforcementCaseTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task PenaltyCase_FromFilingToPublication_AppearsMaskedOnThePortal()
    {
        await using var clerkContext = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var clerk = await SignInAsync(clerkContext, "xiaojiang.clerk");

        // 立案: a refused filing with one officer names 第四十二条 on the page.
        await clerk.GotoAsync("/workspace/enforcement/cases/new");
        // The power catalogue (~300 items) and the officers are searchable pickers: typing part of a name finds it.
        await BrowserApp.PickAsync(clerk, "#case-PowerItemId", "占道经营", "集镇建成区占道经营");
        await clerk.FillAsync("#case-Title", "在集镇建成区占道经营");
        await clerk.SelectOptionAsync("#case-PartyKind", "NaturalPerson");
        await clerk.FillAsync("#case-PartyName", "覃秀珍");
        await clerk.FillAsync("#case-PartyIdNumber", "441823197705216627");
        await clerk.FillAsync("#case-PartyPhone", "13726839901");
        await clerk.FillAsync("#case-PartyAddress", "阳山县小江镇新圩村委会二组16号");
        await clerk.FillAsync("#case-Facts", "当事人覃秀珍在小江圩镇主街占用人行道摆卖蔬菜，经劝导拒不改正。");
        // Typing part of a name finds the officers of that name, each listed once with the certificate's status.
        await clerk.FillAsync("#case-OfficerIds-ts-control", "秀兰");
        var found = clerk.Locator("#case-OfficerIds-ts-dropdown .option", new() { HasText = "陈秀兰" });
        await Assertions.Expect(found).ToHaveCountAsync(1);
        await Assertions.Expect(found).ToContainTextAsync("执法证");
        await found.ClickAsync();
        await clerk.ClickAsync("button:has-text('提交立案')");
        // The officers' label names 第四十二条 too, so wait for the refusal itself next to the field (the page re-renders).
        await Assertions.Expect(clerk.Locator(".field-error", new() { HasText = "第四十二条" })).ToBeVisibleAsync();
        await clerk.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enforcement-1-refused-one-officer.png"), FullPage = true });

        // What was typed survives the refusal: the party's name and the chosen officer are still there.
        await Assertions.Expect(clerk.Locator("#case-PartyName")).ToHaveValueAsync("覃秀珍");
        (await clerk.EvalOnSelectorAsync<string[]>("#case-OfficerIds", "s => [...s.selectedOptions].map(o => o.text)")).ShouldHaveSingleItem().ShouldStartWith("陈秀兰");
        await BrowserApp.PickAsync(clerk, "#case-OfficerIds", "李晓", "李晓东");
        await clerk.ClickAsync("button:has-text('提交立案')");
        await clerk.WaitForURLAsync("**/workspace/enforcement/cases/*-*");
        var caseUrl = new Uri(clerk.Url).AbsolutePath;

        // 调查取证, 告知, 陈述申辩: by an officer (《行政处罚法》第四十二条), each form posting to its step's page.
        await using var officerContext = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var officer = await SignInAsync(officerContext, "xiaojiang.officer");
        await officer.GotoAsync(caseUrl);
        await OpenAllStepsAsync(officer);
        await officer.SelectOptionAsync("#addEvidence-Kind", "现场笔录");
        await officer.FillAsync("#addEvidence-Description", "现场检查笔录及照片 4 张");
        await officer.ClickAsync("form[action$='/evidence'] button");
        await OpenAllStepsAsync(officer);
        await officer.FillAsync("#notifyParty-Fine", "300");
        await officer.ClickAsync("form[action$='/notice'] button");
        await OpenAllStepsAsync(officer);
        await officer.FillAsync("#recordStatement-Summary", "当事人对违法事实无异议，明确放弃陈述申辩。");
        await officer.CheckAsync("#recordStatement-Waived");
        await officer.ClickAsync("form[action$='/statement'] button");
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enforcement-2-noticed.png"), FullPage = true });

        // 决定: by the leader.
        await using var leaderContext = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var leader = await SignInAsync(leaderContext, "xiaojiang.leader");
        await leader.GotoAsync(caseUrl);
        await OpenAllStepsAsync(leader);
        await leader.FillAsync("#decidePenalty-Text", "当事人：覃秀珍，身份证号码：441823197705216627，住址：阳山县小江镇新圩村委会二组16号，联系电话：13726839901。经查，当事人占道经营，决定处以罚款人民币300元。");
        await leader.ClickAsync("form[action$='/decision'] button");
        await Assertions.Expect(leader.Locator("main")).ToContainTextAsync("小江综执罚〔2026〕");

        // 送达 and 事后公示.
        await clerk.GotoAsync(caseUrl);
        await OpenAllStepsAsync(clerk);
        await clerk.ClickAsync("form[action$='/service'] button");
        await OpenAllStepsAsync(clerk);
        await clerk.ClickAsync("form[action$='/publication'] button");
        await clerk.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enforcement-3-published.png"), FullPage = true });

        // The citizen finds it in 执法公示 and never sees the name, ID number, phone or address.
        await using var citizenContext = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var citizen = await citizenContext.NewPageAsync();
        await citizen.GotoAsync("/t/990100101000/enforcement");
        await citizen.ClickAsync("a:has-text('占道经营') >> nth=0");
        await citizen.WaitForURLAsync(url => !url.EndsWith("/enforcement", StringComparison.Ordinal));
        var text = (await citizen.TextContentAsync("main"))!;
        text.ShouldContain("300");
        text.ShouldNotContain("覃秀珍");
        text.ShouldNotContain("441823197705216627");
        text.ShouldNotContain("13726839901");
        text.ShouldNotContain("二组16号");
        await citizen.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enforcement-4-portal.png"), FullPage = true });

        // 执法投诉: an unanswered complaint's case picker is written with the latest cases; an older one is found by its
        // 案号 as the clerk types (asked of the server), linked, and named on the answered complaint.
        await clerk.GotoAsync("/workspace/enforcement/complaints?state=pending");
        var form = clerk.Locator("form", new() { Has = clerk.Locator("select[name='CaseId']") }).First;
        var picker = "#" + await form.Locator("select[name='CaseId']").GetAttributeAsync("id");
        (await form.Locator("select[name='CaseId'] option").AllTextContentsAsync()).ShouldNotContain(o => o.Contains("〔2022〕1号", StringComparison.Ordinal));
        await BrowserApp.PickAsync(clerk, picker, "〔2022〕1号", "小江综执立〔2022〕1号");
        await form.Locator("textarea[name='Reply']").FillAsync("经核查，当日执法人员已出示执法证件，已向投诉人说明。");
        await form.Locator("button:has-text('答复')").ClickAsync();
        await Assertions.Expect(clerk.Locator("main")).ToContainTextAsync("关联案件 小江综执立〔2022〕1号");
    }


    private static async Task<IPage> SignInAsync(IBrowserContext context, string user)
    {
        var page = await BrowserApp.SignInAsync(context, user);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        return page;
    }

    /// <summary>The case page folds finished and optional steps; open them all, as a clerk would click each open.</summary>
    private static async Task OpenAllStepsAsync(IPage page) =>
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

    private static string Shot(string name) => Path.Combine(BrowserApp.ScreenshotFolder, name);
}
