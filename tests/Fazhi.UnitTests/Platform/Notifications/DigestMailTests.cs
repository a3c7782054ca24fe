using Fazhi.Platform.Notifications.Centre;
using Fazhi.Platform.Notifications.Digest;

namespace Fazhi.UnitTests.Platform.Notifications;

/// <summary>The digest's address check and the mail it composes, in Chinese, with the links staff open.</summary>
public sealed class DigestMailTests
{
    [Theory]
    [InlineData("wang.lvshi@xiaojiang-law.example.cn", true)]
    [InlineData("fazhi@shifan.gov.cn", true)]
    [InlineData("wang.lvshi@", false)]
    [InlineData("wang lvshi@example.cn", false)]
    [InlineData("wang@localhost", false)]
    [InlineData("王律师 <wang@example.cn>", false)]
    [InlineData("a@b@example.cn", false)]
    public void EmailAddress_IsOneDeliverableMailbox(string email, bool valid) =>
        EmailAddresses.IsValid(email).ShouldBe(valid);

    [Fact]
    public void Mail_ListsDeadlinesAndNotifications_AndCountsWhatIsNotListed()
    {
        var content = new DigestContent("小江镇法制员", "clerk@xiaojiang.example.gov.cn",
            [("新任务", "收到12345工单：12345-2026-0001", "/workspace/disputes/hotline/1")], 31,
            [("逾期", "张某某申请公开 · 依申请公开答复", new DateOnly(2026, 12, 21), "/workspace/deadlines/9")]);
        var options = new DigestOptions { Sender = "fazhi@shifan.example.gov.cn", PublicBaseUrl = "https://fazhi.shifan.example.gov.cn/" };

        var mail = DailyDigest.Compose(content, new DateOnly(2026, 12, 22), options);

        mail.Subject.ShouldBe("法治工作台每日摘要（2026年12月22日）：未读通知 31 条，待办期限 1 项");
        mail.From.Mailboxes.Single().Name.ShouldBe("法治政府建设工作台");
        var text = mail.TextBody.ShouldNotBeNull();
        text.ShouldContain("· [逾期] 张某某申请公开 · 依申请公开答复，到期日 2026年12月21日  https://fazhi.shifan.example.gov.cn/workspace/deadlines/9");
        text.ShouldContain("· [新任务] 收到12345工单：12345-2026-0001  https://fazhi.shifan.example.gov.cn/workspace/disputes/hotline/1");
        text.ShouldContain("另有 30 条未读通知");
        text.ShouldContain("https://fazhi.shifan.example.gov.cn/workspace/account");
    }
}
