using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// A citizen on a phone (390 × 844, the width of a common phone): every public page reachable from the portal home,
/// and the pages a clerk opens most, fit the screen without sideways scrolling (issue 14 §5).
/// </summary>
public sealed class PhoneLayoutTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int PhoneWidth = 390;

    /// <summary>Public pages only: the staff areas sign in, downloads are files, not pages.</summary>
    private static readonly string[] NotPages = ["/workspace", "/county", "/admin", "/account", "/api", "/files", "/openapi", "/healthz", "/error"];

    [Fact]
    public async Task EveryPublicPage_ReachableFromThePortalHome_FitsAPhoneWithoutSidewaysScrolling()
    {
        await using var context = await PhoneContextAsync();
        var page = await context.NewPageAsync();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var tooWide = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < 400)
        {
            var path = queue.Dequeue();
            var response = await page.GotoAsync(path);
            visited++;
            if (response is null || !response.Ok || response.Headers.GetValueOrDefault("content-type")?.StartsWith("text/html", StringComparison.Ordinal) != true)
            {
                continue;
            }

            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > PhoneWidth)
            {
                tooWide.Add($"{path}（{width} px）");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "phone-too-wide-" + visited + ".png"), FullPage = true });
            }

            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "as => as.map(a => a.getAttribute('href'))");
            foreach (var link in links.Select(Normalise).OfType<string>())
            {
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        // The crawl really walked the portal: five townships, their columns, documents, decisions, reports.
        visited.ShouldBeGreaterThan(40);
        tooWide.ShouldBeEmpty("这些公开页面在 390 px 宽的手机上需要左右滚动：");
    }

    [Fact]
    public async Task MainWorkspacePages_FitAPhoneWithoutSidewaysScrolling()
    {
        await using var context = await PhoneContextAsync();
        var clerk = await BrowserApp.SignInAsync(context, "xiaojiang.clerk");
        await clerk.GotoAsync("/workspace/documents");
        var document = await clerk.GetAttributeAsync("table a[href^='/workspace/documents/']", "href");
        await clerk.GotoAsync("/workspace/enforcement/cases");
        var enforcementCase = await clerk.GetAttributeAsync("table a[href^='/workspace/enforcement/cases/']", "href");
        string[] pages =
        [
            "/workspace", "/workspace/deadlines", "/workspace/documents", document!, "/workspace/enforcement/cases", enforcementCase!,
            "/workspace/decisions", "/workspace/reports", "/workspace/reports/2022",
        ];

        var tooWide = new List<string>();
        foreach (var path in pages)
        {
            (await clerk.GotoAsync(path))!.Ok.ShouldBeTrue(path);
            var width = await clerk.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > PhoneWidth)
            {
                tooWide.Add($"{path}（{width} px）");
            }
        }

        await clerk.GotoAsync("/workspace/reports/2022");
        await clerk.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "phone-report.png"), FullPage = true });
        tooWide.ShouldBeEmpty("这些工作台页面在 390 px 宽的手机上需要左右滚动：");
    }

    private async Task<IBrowserContext> PhoneContextAsync() =>
        await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });

    /// <summary>
    /// The site-relative page a link points to, or null when it is not a public page: other sites, staff areas,
    /// downloads (handler=…), and search or paging beyond the second page (the same layout again).
    /// </summary>
    private static string? Normalise(string href)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = href.Split('#')[0];
        var query = path.Contains('?', StringComparison.Ordinal) ? path[(path.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        var bare = path.Split('?')[0];
        if (NotPages.Any(p => bare.Equals(p, StringComparison.OrdinalIgnoreCase) || bare.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase))
            || query.Contains("handler=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var pageNumber = query.Split('&').Select(p => p.Split('=')).FirstOrDefault(p => p[0] == "p" && p.Length == 2)?[1];
        return pageNumber is not null && int.TryParse(pageNumber, out var n) && n > 2 ? null : path;
    }
}
