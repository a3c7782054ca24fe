using System.Text.Json;
using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// axe-core (vendored from npm in Axe/, injected into each page) finds no serious or critical accessibility
/// violation on the main pages of each area; the shared layout gives a skip link and marks the current menu item.
/// </summary>
public sealed class AccessibilityTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js")));

    [Fact]
    public async Task PortalPages_HaveNoSeriousAccessibilityViolations()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/t/990100101000/documents");
        var document = await page.GetAttributeAsync("main a[href*='/documents/']", "href");

        await ExpectAccessibleAsync(page, "/", "/t/990100101000", document!);
    }

    [Fact]
    public async Task WorkspacePages_HaveNoSeriousAccessibilityViolations_AndTheMenuMarksWhereTheClerkIs()
    {
        await using var context = await NewContextAsync();
        var clerk = await BrowserApp.SignInAsync(context, "xiaojiang.clerk");

        await ExpectAccessibleAsync(clerk, "/workspace", "/workspace/documents");

        (await clerk.GetAttributeAsync("nav.sidemenu a[aria-current=page]", "href")).ShouldBe("/workspace/documents");
        // The skip link is the first thing a keyboard reaches, and it leads to the page's main content.
        await clerk.Keyboard.PressAsync("Tab");
        (await clerk.EvaluateAsync<string>("() => document.activeElement.textContent")).ShouldBe("跳到正文");
        await clerk.Keyboard.PressAsync("Enter");
        (await clerk.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("main");
    }

    [Fact]
    public async Task CountyHome_HasNoSeriousAccessibilityViolations_AndDrawsEachChartBesideItsTable()
    {
        await using var context = await NewContextAsync();
        var reviewer = await BrowserApp.SignInAsync(context, "county.reviewer");

        await ExpectAccessibleAsync(reviewer, "/county");

        // ECharts drew a canvas in each chart; the table beside it holds the same numbers.
        foreach (var chart in new[] { "chart-by-township", "chart-by-year", "chart-compliance" })
        {
            (await reviewer.Locator($"[data-chart={chart}] canvas").CountAsync()).ShouldBe(1, chart);
        }

        (await reviewer.Locator("#figures-by-township tbody tr").CountAsync()).ShouldBe(5);
        await reviewer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "county-dashboard.png"), FullPage = true });
    }

    [Fact]
    public async Task AdminUsers_HasNoSeriousAccessibilityViolations()
    {
        await using var context = await NewContextAsync();
        var admin = await BrowserApp.SignInAsync(context, "admin");

        await ExpectAccessibleAsync(admin, "/admin/users");
    }

    private async Task<IBrowserContext> NewContextAsync() =>
        await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });

    private static async Task ExpectAccessibleAsync(IPage page, params string[] paths)
    {
        var problems = new List<string>();
        foreach (var path in paths)
        {
            (await page.GotoAsync(path))!.Ok.ShouldBeTrue(path);
            // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
            await page.EvaluateAsync(AxeSource.Value);
            var result = await page.EvaluateAsync<JsonElement>("""
                async () => {
                  const r = await axe.run(document, { resultTypes: ['violations'] });
                  return {
                    passes: r.passes.length,
                    violations: r.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => `${v.id}（${v.impact}）：${v.help} → ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('；')}`)
                  };
                }
                """);
            // axe really ran its rules on the page (a failed injection would report nothing at all).
            result.GetProperty("passes").GetInt32().ShouldBeGreaterThan(10, path);
            problems.AddRange(result.GetProperty("violations").EnumerateArray().Select(v => $"{path}: {v.GetString()}"));
        }

        problems.ShouldBeEmpty();
    }
}
