using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// A penalty case of 小江镇 from 立案 to 事后公示 through the pages, as the clerk and the leader work it, ending on the
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
        var powerValue = await clerk.EvalOnSelectorAsync<string>("#Input_PowerItemId",
            "s => [...s.options].find(o => o.text.includes('集镇建成区占道经营')).value");
        await clerk.SelectOptionAsync("#Input_PowerItemId", powerValue);
        await clerk.FillAsync("#Input_Title", "在集镇建成区占道经营");
        await clerk.SelectOptionAsync("#Input_PartyKind", "NaturalPerson");
        await clerk.FillAsync("#Input_PartyName", "覃秀珍");
        await clerk.FillAsync("#Input_PartyIdNumber", "441823197705216627");
        await clerk.FillAsync("#Input_PartyPhone", "13726839901");
        await clerk.FillAsync("#Input_PartyAddress", "阳山县小江镇新圩村委会二组16号");
        await clerk.FillAsync("#Input_Facts", "当事人覃秀珍在小江圩镇主街占用人行道摆卖蔬菜，经劝导拒不改正。");
        var officers = clerk.Locator("input[name='Input.OfficerIds']:not([disabled])");
        await officers.Nth(0).CheckAsync();
        await clerk.ClickAsync("button:has-text('提交立案')");
        (await clerk.TextContentAsync("main"))!.ShouldContain("第四十二条");
        await clerk.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enforcement-1-refused-one-officer.png"), FullPage = true });

        await clerk.Locator("input[name='Input.OfficerIds']:not([disabled])").Nth(1).CheckAsync();
        await clerk.ClickAsync("button:has-text('提交立案')");
        await clerk.WaitForURLAsync("**/workspace/enforcement/cases/*-*");
        var caseUrl = new Uri(clerk.Url).AbsolutePath;

        // 调查取证, 告知, 陈述申辩.
        await OpenAllStepsAsync(clerk);
        await clerk.SelectOptionAsync("#ev-kind", "现场笔录");
        await clerk.FillAsync("#ev-text", "现场检查笔录及照片 4 张");
        await clerk.ClickAsync("form[action*='handler=Evidence'] button");
        await OpenAllStepsAsync(clerk);
        await clerk.FillAsync("#n-amount", "300");
        await clerk.ClickAsync("form[action*='handler=Notice'] button");
        await OpenAllStepsAsync(clerk);
        await clerk.FillAsync("#s-text", "当事人对违法事实无异议，明确放弃陈述申辩。");
        await clerk.CheckAsync("form[action*='handler=Statement'] input[name='Form.Flag']");
        await clerk.ClickAsync("form[action*='handler=Statement'] button");
        await clerk.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enforcement-2-noticed.png"), FullPage = true });

        // 决定: by the leader.
        await using var leaderContext = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var leader = await SignInAsync(leaderContext, "xiaojiang.leader");
        await leader.GotoAsync(caseUrl);
        await OpenAllStepsAsync(leader);
        await leader.FillAsync("#dc-text", "当事人：覃秀珍，身份证号码：441823197705216627，住址：阳山县小江镇新圩村委会二组16号，联系电话：13726839901。经查，当事人占道经营，决定处以罚款人民币300元。");
        await leader.ClickAsync("form[action*='handler=Decision'] button");
        (await leader.TextContentAsync("main"))!.ShouldContain("小江综执罚〔2026〕");

        // 送达 and 事后公示.
        await clerk.GotoAsync(caseUrl);
        await OpenAllStepsAsync(clerk);
        await clerk.ClickAsync("form[action*='handler=Service'] button");
        await clerk.ClickAsync("form[action*='handler=Publish'] button");
        await clerk.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enforcement-3-published.png"), FullPage = true });

        // The citizen finds it in 执法公示 and never sees the name, ID number, phone or address.
        await using var citizenContext = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var citizen = await citizenContext.NewPageAsync();
        await citizen.GotoAsync("/t/990100101000/enforcement");
        await citizen.ClickAsync("a:has-text('占道经营') >> nth=0");
        var text = (await citizen.TextContentAsync("main"))!;
        text.ShouldContain("300");
        text.ShouldNotContain("覃秀珍");
        text.ShouldNotContain("441823197705216627");
        text.ShouldNotContain("13726839901");
        text.ShouldNotContain("二组16号");
        await citizen.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enforcement-4-portal.png"), FullPage = true });
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
