using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>A 小江镇 legal clerk's first minutes with Fazhi, in a real browser.</summary>
public sealed class SignInAndPortalTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task LegalClerk_SignsIn_SeesTheDashboard_AndOpensTheTownshipPortalWithItsStyles()
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/workspace");
        page.Url.ShouldContain("/account/login");
        await page.FillAsync("#Input_UserName", "xiaojiang.clerk");
        await page.FillAsync("#Input_Password", "Fazhi2026demo");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/workspace");

        (await page.TextContentAsync("h1"))!.ShouldContain("小江镇");
        (await page.TextContentAsync("main"))!.ShouldContain("待办与预警");
        // The demo enforcement cases put real deadlines on the board.
        (await page.Locator("table.deadlines tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "workspace-dashboard.png"), FullPage = true });

        await page.GotoAsync("/t/990100101000");
        (await page.TextContentAsync("h1"))!.ShouldContain("小江镇");
        // The stylesheet applied: the portal's top bar is the government red from site.css, not the browser's default.
        var topbarColour = await page.EvalOnSelectorAsync<string>(".topbar", "e => getComputedStyle(e).backgroundColor");
        topbarColour.ShouldBe("rgb(183, 28, 28)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "portal-xiaojiang.png"), FullPage = true });

        // A phone: the portal fits the narrow screen without sideways scrolling.
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        overflow.ShouldBeFalse();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "portal-xiaojiang-phone.png"), FullPage = true });
    }
}
