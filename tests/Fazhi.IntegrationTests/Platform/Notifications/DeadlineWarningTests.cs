using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Platform.Deadlines;
using Fazhi.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Notifications;

/// <summary>
/// The deadline sweep tells the township's 法制员 when a period turns 即将到期 and the 法制员 and 领导 when it is
/// 逾期 — once per deadline and state, however many times the sweep runs.
/// </summary>
public sealed class DeadlineWarningTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Sweep_WarnsOnceWhenDueSoon_AndOnceWhenOverdue_OnlyInTheOwnTownship()
    {
        var opened = await app.OpenDeadlineAsync("小江镇", "张某某申请公开集镇规划图（预警通知）", app.Today());
        var people = await app.WithDbAsync(async db => await db.Users
            .Where(u => u.UserName == "xiaojiang.clerk" || u.UserName == "xiaojiang.leader" || u.UserName == "taixia.clerk")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id));
        async Task<int> ToldAsync(string user, NotificationKind kind) =>
            await app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.DeadlineId == opened.Id && n.RecipientUserId == people[user] && n.Kind == kind));

        app.AdvanceClockTo(opened.DueDate);
        await app.SweepAsync();
        await app.SweepAsync();

        (await ToldAsync("xiaojiang.clerk", NotificationKind.DeadlineDueSoon)).ShouldBe(1);
        (await ToldAsync("xiaojiang.leader", NotificationKind.DeadlineDueSoon)).ShouldBe(0, "即将到期只提醒法制员");
        (await ToldAsync("xiaojiang.clerk", NotificationKind.DeadlineOverdue)).ShouldBe(0);

        app.AdvanceClockTo(opened.DueDate.AddDays(1));
        await app.SweepAsync();
        await app.SweepAsync();

        (await ToldAsync("xiaojiang.clerk", NotificationKind.DeadlineDueSoon)).ShouldBe(1);
        (await ToldAsync("xiaojiang.clerk", NotificationKind.DeadlineOverdue)).ShouldBe(1);
        (await ToldAsync("xiaojiang.leader", NotificationKind.DeadlineOverdue)).ShouldBe(1, "逾期同时告知领导");
        (await ToldAsync("taixia.clerk", NotificationKind.DeadlineDueSoon) + await ToldAsync("taixia.clerk", NotificationKind.DeadlineOverdue)).ShouldBe(0);

        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var page = await clerk.GetStringAsync("/workspace/notifications?unread=true");
        page.ShouldContain("已逾期：张某某申请公开集镇规划图（预警通知）");
        page.ShouldContain("即将到期：张某某申请公开集镇规划图（预警通知）");
        page.ShouldContain($"/workspace/deadlines/{opened.Id}");
    }
}
