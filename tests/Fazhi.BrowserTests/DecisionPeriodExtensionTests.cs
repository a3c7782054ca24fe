using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// The leader of 小江镇 extends a case's 90-day decision period (《行政处罚法》第六十条) on the case page; the clerk sees
/// why the form is not theirs.
/// </summary>
public sealed class DecisionPeriodExtensionTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CasePage_LeaderApprovesAnExtension_ShowsTheApprovalAndTheNewDueDate()
    {
        await using var clerkContext = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var clerk = await BrowserApp.SignInAsync(clerkContext, "xiaojiang.clerk");
        await clerk.GotoAsync("/workspace/enforcement/cases/new");
        await BrowserApp.PickAsync(clerk, "#case-PowerItemId", "占道经营", "集镇建成区占道经营");
        await clerk.FillAsync("#case-Title", "在集镇建成区占道经营");
        await clerk.SelectOptionAsync("#case-PartyKind", "NaturalPerson");
        await clerk.FillAsync("#case-PartyName", "韦永康");
        await clerk.FillAsync("#case-Facts", "当事人韦永康在小江圩镇主街占用人行道堆放货物经营，经劝导拒不改正。");
        await BrowserApp.PickAsync(clerk, "#case-OfficerIds", "黄桂", "黄桂英");
        await BrowserApp.PickAsync(clerk, "#case-OfficerIds", "邓丽", "邓丽萍");
        await clerk.ClickAsync("button:has-text('提交立案')");
        await clerk.WaitForURLAsync("**/workspace/enforcement/cases/*-*");
        var caseUrl = new Uri(clerk.Url).AbsolutePath;

        // The clerk is told that a leader approves (第六十条) and gets no form.
        await clerk.EvaluateAsync("() => document.querySelector('#decision-extension').open = true");
        (await clerk.TextContentAsync("#decision-extension"))!.ShouldContain("负责人批准");
        (await clerk.Locator("#decision-extension form").CountAsync()).ShouldBe(0);

        await using var leaderContext = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var leader = await BrowserApp.SignInAsync(leaderContext, "xiaojiang.leader");
        leader.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await leader.GotoAsync(caseUrl);
        await leader.EvaluateAsync("() => document.querySelector('#decision-extension').open = true");
        var due = DateOnly.ParseExact(Regex.Match((await leader.TextContentAsync("#decision-extension summary"))!, @"当前期限至 (\d{4}-\d{2}-\d{2})").Groups[1].Value,
            "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await leader.FillAsync("#extendDecisionPeriod-Reason", "当事人申请对堆放货物价值进行评估，评估期间无法作出决定。");
        await leader.ClickAsync("form[action$='/decision-extension'] button");

        var shown = (await leader.TextContentAsync("dd.decision-extension"))!;
        shown.ShouldContain("评估期间无法作出决定");
        shown.ShouldContain("延长 30 日");
        var newDue = DateOnly.ParseExact(Regex.Match(shown, $@"期限由 {due:yyyy-MM-dd} 延至 (\d{{4}}-\d{{2}}-\d{{2}})").Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        newDue.ShouldBeGreaterThanOrEqualTo(due.AddDays(30));
        await leader.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "enforcement-5-decision-extension.png"), FullPage = true });
    }
}
