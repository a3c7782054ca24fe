using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Deadlines.Jobs;
using Fazhi.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Deadlines;

/// <summary>
/// The sweep reads the open periods in batches (a county of 2,000 townships has some 400,000): every one of them is
/// still evaluated and warned about, whichever batch it falls in.
/// </summary>
public sealed class DeadlineSweepTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task MoreOpenPeriodsThanOneBatch_AreEachMovedToOverdueAndWarnedAboutOnce()
    {
        var start = app.Today();
        var count = DeadlineSweep.BatchSize + 50;
        var ids = await app.InTownshipAsync("小江镇", async (deadlines, tenant) =>
        {
            var opened = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var info = await deadlines.OpenAsync(DeadlineScenario.Reply, tenant.TownshipId!.Value,
                    new DeadlineSubject("disclosure", "DisclosureRequest", Guid.NewGuid(), $"批量巡检申请{i:0000}", "/workspace/disclosure/test"), start, CancellationToken.None);
                opened.Add(info.Id);
            }

            return opened;
        });

        // 政府信息公开条例 第三十三条: 20 working days; two months later every reply is overdue.
        app.AdvanceClockTo(start.AddMonths(2));
        await app.SweepAsync();

        var states = await app.WithDbAsync(db => db.Set<Deadline>().Where(d => ids.Contains(d.Id)).Select(d => d.State).ToListAsync());
        states.Count.ShouldBe(count);
        states.ShouldAllBe(s => s == DeadlineState.Overdue);
        var warned = await app.WithDbAsync(db => db.Set<Notification>().IgnoreQueryFilters()
            .Where(n => n.DeadlineId != null && ids.Contains(n.DeadlineId.Value)).Select(n => n.DeadlineId).Distinct().CountAsync());
        warned.ShouldBe(count, "每个逾期期限都应提醒经办人");

        (await app.SweepAsync()).ShouldBe(0, "同一天再次巡检不再改变任何期限");
    }
}
