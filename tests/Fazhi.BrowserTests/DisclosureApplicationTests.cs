using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// Issue 17 §2: a citizen applies for government information on the portal from a phone (390 px), receives the receipt
/// number, and finds the application's status by number and phone, with the name masked.
/// </summary>
public sealed class DisclosureApplicationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Citizen_AppliesOnAPhone_GetsTheReceiptNumber_AndFindsTheStatusByNumberAndPhone()
    {
        await using var phone = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await phone.NewPageAsync();

        await page.GotoAsync("/t/990100104000/disclosure/apply");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "申请表在手机宽度下不应横向滚动");
        await page.SelectOptionAsync("select[name='ApplicantKind']", "Citizen");
        await page.FillAsync("input[name='ApplicantName']", "陈秀英");
        await page.FillAsync("input[name='IdentityNumber']", "441881198805160023");
        await page.FillAsync("input[name='Phone']", "13826681234");
        await page.FillAsync("input[name='Address']", "河市镇新街村三组12号");
        await page.FillAsync("textarea[name='Description']", "2026年河市镇新街村农田水利工程建设的招标公告及中标结果。");
        await page.ClickAsync("form.form-narrow button[type='submit']");

        var number = (await page.TextContentAsync(".receipt-number"))!.Trim();
        number.ShouldNotBeNullOrWhiteSpace();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "disclosure-phone-1-receipt.png"), FullPage = true });

        await page.ClickAsync("a:has-text('查询办理进度')");
        await page.FillAsync("input[name='Number']", number);
        await page.FillAsync("input[name='Phone']", "13826681234");
        await page.ClickAsync("form.form-narrow button[type='submit']");

        var status = (await page.TextContentAsync(".status"))!;
        status.ShouldContain(number);
        status.ShouldContain("待与您确认");
        status.ShouldNotContain("陈秀英", customMessage: "门户上的申请人姓名应脱敏");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "disclosure-phone-2-status.png"), FullPage = true });
    }
}
