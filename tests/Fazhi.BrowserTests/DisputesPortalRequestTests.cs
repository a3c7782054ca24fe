using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// 网上反映 from a phone: a villager of 小江镇 brings a request on the portal at 390 px, the clerk finds it on the intake's
/// ledger in the workspace and answers it there, and the villager reads the answer on the phone with the receipt number
/// and her phone — her name and phone masked on every public page on the way (个人信息保护法 第二十八条).
/// </summary>
public sealed partial class DisputesPortalRequestTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Township = "990100101000";
    private const string Name = "黄丽萍";
    private const string Phone = "13907581234";
    private const int PhoneWidth = 390;

    [Fact]
    public async Task CitizenOnAPhone_SubmitsARequest_ClerkReplies_CitizenReadsTheReplyMasked()
    {
        await using var phone = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var citizen = await phone.NewPageAsync();
        await citizen.GotoAsync($"/t/{Township}");
        await citizen.ClickAsync("a:has-text('网上反映诉求')");
        await citizen.WaitForURLAsync($"**/t/{Township}/requests");

        // A missing phone is named beside its field, and what she typed stays.
        await citizen.SelectOptionAsync("#Input_Category", "HelpRequest");
        await citizen.FillAsync("#Input_Subject", "灌溉水渠被填平影响稻田灌溉");
        await citizen.FillAsync("#Input_Content", "村东头的灌溉水渠被邻居填平，影响我家三亩稻田灌溉，请镇里协调恢复。");
        await citizen.Locator("#Input_VillageId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await citizen.FillAsync("#Input_Name", Name);
        await citizen.ClickAsync("button:has-text('提交')");
        (await citizen.TextContentAsync(".field:has(#Input_Phone) .field-error"))!.ShouldContain("请填写联系电话");
        (await citizen.InputValueAsync("#Input_Subject")).ShouldBe("灌溉水渠被填平影响稻田灌溉");
        (await WidthAsync(citizen)).ShouldBeLessThanOrEqualTo(PhoneWidth);

        await citizen.FillAsync("#Input_Phone", Phone);
        await citizen.ClickAsync("button:has-text('提交')");
        await citizen.WaitForURLAsync($"**/t/{Township}/requests/lookup");
        var flash = (await citizen.TextContentAsync(".flash"))!;
        var receipt = ReceiptPattern().Match(flash).Groups[1].Value;
        receipt.ShouldNotBeEmpty(flash);
        (await citizen.InputValueAsync("#Input_ReceiptNumber")).ShouldBe(receipt);
        await citizen.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("disputes-1-submitted-on-phone.png"), FullPage = true });

        // The clerk finds it on the intake as an online request with the requester in full, and answers it.
        await using var desk = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var clerk = await BrowserApp.SignInAsync(desk, "xiaojiang.clerk");
        await clerk.GotoAsync($"/workspace/disputes/matters?Q={Uri.EscapeDataString("灌溉水渠")}");
        await clerk.ClickAsync($"table a:has-text('{receipt}')");
        await clerk.WaitForURLAsync("**/workspace/disputes/matters/*-*");
        var record = (await clerk.TextContentAsync("main"))!;
        record.ShouldContain(Name);
        record.ShouldContain("网上");
        await clerk.EvalOnSelectorAsync("details:has(form[action$='/reply'])", "d => d.open = true");
        await clerk.FillAsync("form[action$='/reply'] textarea", $"{Name}您好：经镇农业农村办现场查看，已责成邻居于12月5日前恢复水渠。");
        await clerk.CheckAsync("form[action$='/reply'] input[type=checkbox]");
        await clerk.ClickAsync("form[action$='/reply'] button");
        await clerk.WaitForURLAsync("**/workspace/disputes/matters/*-*");
        (await clerk.TextContentAsync("main"))!.ShouldContain("已责成邻居于12月5日前恢复水渠");

        // Back on the phone: the answer, with her name and phone masked.
        await citizen.GotoAsync($"/t/{Township}/requests/lookup");
        await citizen.FillAsync("#Input_ReceiptNumber", receipt);
        await citizen.FillAsync("#Input_Phone", Phone);
        await citizen.ClickAsync("button:has-text('查询')");
        var answer = (await citizen.TextContentAsync(".public-matter"))!;
        answer.ShouldContain("已责成邻居于12月5日前恢复水渠");
        answer.ShouldContain("黄某");
        answer.ShouldNotContain(Name);
        answer.ShouldNotContain(Phone);
        (await WidthAsync(citizen)).ShouldBeLessThanOrEqualTo(PhoneWidth);
        await citizen.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("disputes-2-reply-on-phone.png"), FullPage = true });
    }

    private static Task<int> WidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    private static string Shot(string name) => Path.Combine(BrowserApp.ScreenshotFolder, name);

    [GeneratedRegex(@"受理编号 (\d{4}-\d{4,6})")]
    private static partial Regex ReceiptPattern();
}
