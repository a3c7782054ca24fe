using System.Net.Http.Json;
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
        // The empty error box is on the page before the answer too: wait for the message itself.
        await Assertions.Expect(citizen.Locator(".field:has(#Input_Phone) .field-error")).ToContainTextAsync("请填写联系电话");
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

    /// <summary>
    /// 12345 from ticket to reply: the administrator issues the county's hotline key, the county's 12345 platform pushes a
    /// ticket with it, and the clerk of 小江镇 finds it on the ticket ledger, dispatches it to an office, answers it within
    /// its period and records the caller's satisfaction at the return visit — the ledger shows it closed and 满意.
    /// </summary>
    [Fact]
    public async Task HotlineTicket_PushedByThePlatform_IsDispatchedAnsweredOnTimeAndClosed()
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN" });
        var admin = await BrowserApp.SignInAsync(context, "admin");
        admin.Dialog += (_, d) => d.AcceptAsync();
        await admin.GotoAsync("/admin/hotline-keys");
        await admin.ClickAsync("table.hotline-keys tr:first-child button");
        var key = (await admin.TextContentAsync(".issued-key code"))!.Trim();
        key.Length.ShouldBeGreaterThan(20);

        // The platform pushes a ticket dispatched to 小江镇 this morning; a wrong key would have been refused (401).
        using var platform = new HttpClient { BaseAddress = app.BaseAddress };
        using var push = new HttpRequestMessage(HttpMethod.Post, "/api/hotline/tickets")
        {
            Content = JsonContent.Create(new
            {
                ticketNumber = "GD20261123000871",
                townshipCode = Township,
                category = "求助",
                urgent = false,
                dispatchedAt = "2026-11-23T08:30:00+08:00",
                callerName = "赵永福",
                callerPhone = "13807580871",
                title = "村道路灯损坏夜间无照明",
                content = "反映村口至小学的村道路灯已坏半个月，夜间学生放学无照明，请求尽快维修。",
            }),
        };
        push.Headers.Add("X-Hotline-Key", key);
        var pushed = await platform.SendAsync(push);
        pushed.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await pushed.Content.ReadAsStringAsync());

        await context.ClearCookiesAsync();
        var clerk = await BrowserApp.SignInAsync(context, "xiaojiang.clerk");
        await clerk.GotoAsync("/workspace/disputes/hotline?Filter.Q=GD20261123000871");
        (await clerk.TextContentAsync("table.tickets tbody tr"))!.ShouldContain("待派单");
        await clerk.ClickAsync("table.tickets a:has-text('GD20261123000871')");
        await clerk.WaitForURLAsync("**/workspace/disputes/hotline/*-*");
        var record = (await clerk.TextContentAsync("main"))!;
        record.ShouldContain("赵永福");
        record.ShouldContain("村道路灯损坏夜间无照明");

        await clerk.ClickAsync("form[action$='/dispatch'] button");
        await clerk.WaitForURLAsync("**/workspace/disputes/hotline/*-*");
        (await clerk.TextContentAsync(".ticket-status"))!.ShouldBe("办理中");

        await clerk.FillAsync("form[action$='/reply'] textarea", "经镇村建办现场核实，已于当日更换村口至小学段路灯6盏，夜间照明恢复。");
        await clerk.ClickAsync("form[action$='/reply'] button");
        await clerk.WaitForURLAsync("**/workspace/disputes/hotline/*-*");
        (await clerk.TextContentAsync(".ticket-status"))!.ShouldBe("已答复，待回访");
        (await clerk.TextContentAsync("main"))!.ShouldContain("按期");

        await clerk.SelectOptionAsync("form[action$='/follow-up'] select", "Satisfied");
        await clerk.ClickAsync("form[action$='/follow-up'] button");
        await clerk.WaitForURLAsync("**/workspace/disputes/hotline/*-*");
        (await clerk.TextContentAsync(".ticket-status"))!.ShouldBe("已办结");

        await clerk.GotoAsync("/workspace/disputes/hotline?Filter.Q=GD20261123000871");
        var row = (await clerk.TextContentAsync("table.tickets tbody tr"))!;
        row.ShouldContain("满意");
        row.ShouldContain("已办结");
        await clerk.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("disputes-3-hotline-ticket-closed.png"), FullPage = true });
    }

    private static Task<int> WidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    private static string Shot(string name) => Path.Combine(BrowserApp.ScreenshotFolder, name);

    [GeneratedRegex(@"受理编号 (\d{4}-\d{4,6})")]
    private static partial Regex ReceiptPattern();
}
