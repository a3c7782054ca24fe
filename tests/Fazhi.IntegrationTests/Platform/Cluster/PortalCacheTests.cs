using System.Net;
using AngleSharp.Html.Parser;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Platform.Cluster;

/// <summary>
/// Issue 19 item 3 (ADR 0031): published portal pages are served from each instance's output cache, and a withdrawal
/// committed through one instance takes the page off every instance at its next request. A decision revoked by the
/// township's leader is withdrawn from 执法公示 (《行政处罚法》第四十八条第二款); a visitor the load balancer sends to the
/// other instance must not read it there. On SQLite the two instances share the one database file; on PostgreSQL
/// (FAZHI_TEST_DB=postgres) one database.
/// </summary>
public sealed class PortalCacheTests(ClusterApp cluster) : IClassFixture<ClusterApp>
{
    private const string Xiaojiang = "990100101000";
    private const string Column = $"/t/{Xiaojiang}/enforcement";
    private static readonly string[] FineOnly = ["罚款"];

    [Fact]
    public async Task ADecisionWithdrawnThroughOneInstance_LeavesTheOthersCachedPortalAtItsNextRequest()
    {
        var (id, decisionNumber) = await PublishDecisionAsync("韦秀英", officerOffset: 0);
        var visitorOfFirst = cluster.First.Anonymous();
        var visitorOfSecond = cluster.Second.Anonymous();
        var link = ListedLink(await CachedPageAsync(visitorOfSecond, Column), decisionNumber);
        link.ShouldNotBeNull();
        foreach (var visitor in new[] { visitorOfFirst, visitorOfSecond })
        {
            (await CachedPageAsync(visitor, link)).ShouldContain(decisionNumber);
        }

        await WithdrawAsync(id);

        // The next request on the instance that did not do the withdrawal: neither the column nor the page shows it.
        ListedLink(await (await visitorOfSecond.GetAsync(Column)).Content.ReadAsStringAsync(), decisionNumber).ShouldBeNull();
        (await visitorOfSecond.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ListedLink(await (await visitorOfFirst.GetAsync(Column)).Content.ReadAsStringAsync(), decisionNumber).ShouldBeNull();
        (await visitorOfFirst.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AChangeInOneTownship_KeepsAnotherTownshipsPagesCached()
    {
        const string heshiHome = "/t/990100102000";
        var visitor = cluster.Second.Anonymous();
        await CachedPageAsync(visitor, heshiHome);

        var (id, _) = await PublishDecisionAsync("庞海燕", officerOffset: 2);
        await WithdrawAsync(id);

        var again = await visitor.GetAsync(heshiHome);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.Headers.Age.ShouldNotBeNull("和石镇没有任何变化，其首页仍由缓存提供");
    }

    [Fact]
    public async Task ASignedInUser_IsNeverServedACopy_NorIsTheirPageKept()
    {
        var visitor = cluster.First.Anonymous();
        await CachedPageAsync(visitor, Column);
        var clerk = await cluster.First.ClientForAsync("xiaojiang.clerk");

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var response = await clerk.GetAsync(Column);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.Age.ShouldBeNull();
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
            (await response.Content.ReadAsStringAsync()).ShouldContain("退出");
        }

        // And the visitor's copy never carries the clerk's name or session.
        (await (await visitor.GetAsync(Column)).Content.ReadAsStringAsync()).ShouldNotContain("退出");
    }

    [Fact]
    public async Task AFormPageWithAnAntiforgeryToken_IsNeverCached()
    {
        var visitor = cluster.First.Anonymous();
        var path = $"/t/{Xiaojiang}/enforcement/complaint";

        var first = await visitor.GetAsync(path);
        var second = await visitor.GetAsync(path);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.Headers.Age.ShouldBeNull();
        (await second.Content.ReadAsStringAsync()).ShouldContain("__RequestVerificationToken");
    }

    /// <summary>Reads a page twice; the second answer comes from the cache (it carries an Age header).</summary>
    private static async Task<string> CachedPageAsync(HttpClient visitor, string path)
    {
        (await visitor.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cached = await visitor.GetAsync(path);
        cached.StatusCode.ShouldBe(HttpStatusCode.OK);
        cached.Headers.Age.ShouldNotBeNull($"{path} 第二次请求应由输出缓存提供");
        return await cached.Content.ReadAsStringAsync();
    }

    private static string? ListedLink(string columnHtml, string decisionNumber) =>
        new HtmlParser().ParseDocument(columnHtml).QuerySelectorAll("a[href*='/enforcement/decisions/']")
            .FirstOrDefault(a => a.TextContent.Contains(decisionNumber, StringComparison.Ordinal))?.GetAttribute("href");

    /// <summary>A case of 占道经营 filed, noticed, decided and published on the first instance.</summary>
    private async Task<(Guid Id, string DecisionNumber)> PublishDecisionAsync(string party, int officerOffset)
    {
        var clerk = await cluster.First.ClientForAsync("xiaojiang.clerk");
        var leader = await cluster.First.ClientForAsync("xiaojiang.leader");
        var officer = await cluster.First.ClientForAsync("xiaojiang.officer");
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        var id = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Skip(officerOffset).Take(2), new DateOnly(2026, 11, 2),
            partyName: party, isMajor: false))).ShouldSucceed().GetProperty("id").GetGuid();
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片", collectedBy = "执法人员", collectedOn = "2026-11-03" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 200, on = "2026-11-05" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/statement", new { summary = "当事人对违法事实无异议，放弃陈述申辩。", waived = true })).ShouldSucceed();
        var decided = (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 200, text = $"当事人{party}占道摆卖，决定处以罚款200元。", on = "2026-11-10" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/publication", new { on = "2026-11-12" })).ShouldSucceed();
        return (id, decided.GetProperty("decisionNumber").GetString()!);
    }

    /// <summary>The leader revokes the decision and the clerk withdraws it from the portal, both on the first instance.</summary>
    private async Task WithdrawAsync(Guid id)
    {
        var leader = await cluster.First.ClientForAsync("xiaojiang.leader");
        (await leader.SendAsync($"/cases/{id}/revocation", new { on = "2026-11-20", reason = "复查发现认定事实错误。" })).ShouldSucceed();
        (await (await cluster.First.ClientForAsync("xiaojiang.clerk")).SendAsync($"/cases/{id}/withdrawal", new { on = "2026-11-23" })).ShouldSucceed();
    }
}
