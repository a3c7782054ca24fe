using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Platform.Deadlines;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Observability;

/// <summary>
/// Issue 11 item 7, lean read paths: the number of database queries a page makes does not grow with the records or the
/// townships behind it (the county pages: CountyQueryCountTests), counted by the EF Core commands on the request's flow.
/// </summary>
public sealed class QueryCountTests(FazhiApp app) : IClassFixture<FazhiApp>, IDisposable
{
    private readonly CommandCounter _counter = new(app);

    public void Dispose() => _counter.Dispose();

    [Fact]
    public async Task WorkspaceHome_ListsOnePageOfOpenDeadlines_WithTheSameQueriesHoweverManyAreOpen()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        var before = await QueriesAsync(clerk, "/workspace");

        for (var i = 1; i <= 25; i++)
        {
            await app.OpenDeadlineAsync("河市镇", $"群众申请公开资料第{i}件", app.Today());
        }

        var after = await QueriesAsync(clerk, "/workspace");
        after.ShouldBe(before, "工作台首页的查询次数不应随进行中的期限增多而增加");

        var home = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace", TestContext.Current.CancellationToken));
        var open = await app.WithDbAsync(async db =>
        {
            var heshi = await db.Set<Township>().Where(t => t.Name == "河市镇").Select(t => t.Id).SingleAsync();
            return await db.Set<Deadline>().CountAsync(d => d.TownshipId == heshi && d.Owner == DeadlineOwner.Government
                && (d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue));
        });
        open.ShouldBeGreaterThan(25);
        home.Body!.TextContent.ShouldContain($"进行中的期限共 {open} 项，此处列出最紧迫的 20 项");
        home.QuerySelector("a[href='/workspace/deadlines?Filter.State=open']").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("/workspace/documents")]
    [InlineData("/workspace/enforcement/complaints?state=replied")]
    [InlineData("/workspace/deadlines")]
    public async Task ALedgerPage_MakesTheSameQueries_ForATownshipWithFewAndOneWithManyRecords(string path)
    {
        // 小江镇 holds the most demo records of every kind, 大张楼镇 few; a page that read rows one by one would differ.
        var many = await QueriesAsync(await app.ClientForAsync("xiaojiang.clerk"), path);
        var few = await QueriesAsync(await app.ClientForAsync("dazhanglou.clerk"), path);

        many.ShouldBe(few, $"{path} 的查询次数不应随记录多少而变化");
    }

    /// <summary>How many database commands one GET of <paramref name="path"/> ran.</summary>
    private async Task<int> QueriesAsync(HttpClient client, string path)
    {
        // A first visit warms what is cached per process (the calendar, the menu), which is not what is measured.
        (await client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return await _counter.CountAsync(() => client.GetAsync(path, TestContext.Current.CancellationToken));
    }
}
