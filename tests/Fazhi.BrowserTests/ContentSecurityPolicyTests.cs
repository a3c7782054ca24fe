using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// Issue 13 §7 in a real browser: the pages run under Fazhi's Content-Security-Policy (no inline script) without the
/// browser refusing anything, and what used to be inline script — the ledger's print button — still works.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string[] Pages =
    [
        "/workspace", "/workspace/documents", "/workspace/documents/new", "/workspace/enforcement/cases",
        "/workspace/enforcement/cases/new", "/workspace/decisions", "/workspace/reports", "/workspace/documents/print",
        "/no-such-page", "/", "/t/990100101000", "/t/990100101000/enforcement/complaint",
    ];

    [Fact]
    public async Task WorkspaceAndPortal_RunUnderThePolicy_WithoutAViolation_AndThePrintButtonStillPrints()
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var page = await BrowserApp.SignInAsync(context, "xiaojiang.clerk");
        var violations = new List<string>();
        // Chromium reports every refusal on the console: "Refused to execute inline script because it violates …".
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(path);
            response!.Headers.GetValueOrDefault("content-security-policy", "").ShouldContain("script-src 'self';", customMessage: path);
        }

        await page.GotoAsync("/workspace/documents/print");
        await page.EvaluateAsync("() => { window.printed = false; window.print = () => { window.printed = true; }; }");
        await page.ClickAsync("[data-print]");

        (await page.EvaluateAsync<bool>("() => window.printed")).ShouldBeTrue();
        violations.ShouldBeEmpty();
    }
}
