using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Notifications;
using Fazhi.Platform.Notifications.Digest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Notifications;

/// <summary>The app with the digest on, sending to a local SMTP server the test starts, from 10:00 Beijing time.</summary>
public sealed class DigestApp : FazhiApp
{
    internal TestSmtpServer Smtp { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Fazhi:Notifications:Digest:Enabled", "true"),
        new("Fazhi:Notifications:Digest:Hour", "10"),
        new("Fazhi:Notifications:Digest:SmtpHost", "127.0.0.1"),
        new("Fazhi:Notifications:Digest:SmtpPort", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Fazhi:Notifications:Digest:Security", "None"),
        new("Fazhi:Notifications:Digest:Sender", "fazhi@shifan.example.gov.cn"),
        new("Fazhi:Notifications:Digest:PublicBaseUrl", "https://fazhi.shifan.example.gov.cn"),
    ];

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}

/// <summary>
/// The daily e-mail digest (issue 14 item 2): a person who chose it on their account page, with a valid address, gets
/// one Chinese mail a day from the configured hour listing their unread notifications and waiting deadlines; a second
/// run the same day sends nothing.
/// </summary>
public sealed class DailyDigestTests(DigestApp app) : IClassFixture<DigestApp>
{
    private const string Address = "wang.lvshi@xiaojiang-law.example.cn";

    [Fact]
    public async Task OptedInAdvisor_GetsOneChineseMailADay_FromTheConfiguredHour()
    {
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        (await SaveAsync(advisor, true, "wang.lvshi@")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refused = new HtmlParser().ParseDocument(await (await SaveAsync(advisor, true, "")).Content.ReadAsStringAsync());
        refused.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.ShouldBe("选择接收每日邮件摘要，须填写电子邮箱。");
        var malformed = new HtmlParser().ParseDocument(await (await SaveAsync(advisor, true, "wang lvshi@example")).Content.ReadAsStringAsync());
        malformed.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.ShouldContain("电子邮箱格式不正确");
        (await SaveAsync(advisor, true, Address)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await advisor.GetStringAsync("/workspace/account")).ShouldContain(Address);

        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        await NotificationScenario.AssignLegalityReviewAsync(clerk, "小江镇农村宅基地管理办法（邮件摘要）");
        var digest = app.Services.GetRequiredService<DailyDigest>();

        (await digest.RunOnceAsync()).ShouldBe(0, "09:00 早于配置的 10 时");
        app.Smtp.Received.ShouldBeEmpty();

        app.Clock.Advance(TimeSpan.FromHours(1.5));
        (await digest.RunOnceAsync()).ShouldBe(1);
        var mail = app.Smtp.Received.ShouldHaveSingleItem();
        mail.EnvelopeRecipients.ShouldBe([Address]);
        mail.Message.To.Mailboxes.Single().Address.ShouldBe(Address);
        mail.Message.From.Mailboxes.Single().Address.ShouldBe("fazhi@shifan.example.gov.cn");
        mail.Message.Subject.ShouldStartWith("法治工作台每日摘要（2026年11月23日）");
        mail.Message.Subject.ShouldContain("未读通知");
        var text = mail.Message.TextBody.ShouldNotBeNull();
        text.ShouldContain("小江镇法律顾问：您好！");
        text.ShouldContain("【未读通知】");
        text.ShouldContain("[新任务] 请对《小江镇农村宅基地管理办法（邮件摘要）》进行合法性审核");
        text.ShouldContain("https://fazhi.shifan.example.gov.cn/workspace/notifications");

        app.Clock.Advance(TimeSpan.FromHours(2));
        (await digest.RunOnceAsync()).ShouldBe(0, "同一天不再发送");
        app.Smtp.Received.Count.ShouldBe(1);
        var sent = await app.WithDbAsync(db => db.Set<DigestDelivery>().Where(d => d.Email == Address).ToListAsync());
        sent.ShouldHaveSingleItem().SentAt.ShouldNotBeNull();

        // The next day the notification is still unread: one more mail, and again only one.
        app.Clock.Advance(TimeSpan.FromDays(1));
        (await digest.RunOnceAsync()).ShouldBe(1);
        (await digest.RunOnceAsync()).ShouldBe(0);
        app.Smtp.Received.Count.ShouldBe(2);
        app.Smtp.Received.Last().Message.Subject.ShouldStartWith("法治工作台每日摘要（2026年11月24日）");
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, bool digest, string email)
    {
        var token = await FazhiApp.AntiforgeryTokenAsync(client, "/workspace/account");
        return await client.PostAsync("/workspace/account", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.DailyDigest"] = digest ? "true" : "false",
            ["Input.Email"] = email,
            ["__RequestVerificationToken"] = token,
        }));
    }
}
