using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Platform.Cluster;

/// <summary>
/// Issue 19 item 5 (ADR 0029, 0031): two Fazhi processes behind nginx round robin behave as one Fazhi, and losing
/// either loses nothing. Every request here goes through the proxy as a browser's would, unless a test looks into one
/// instance on purpose; <c>X-Fazhi-Instance</c> shows which instance answered. PostgreSQL only (FAZHI_TEST_DB=postgres).
/// </summary>
public sealed class ProxyClusterTests(ProxyCluster cluster) : IClassFixture<ProxyCluster>
{
    private const string Xiaojiang = "990100101000";
    private const string OnlyPostgres = "Instances share a database only on PostgreSQL (FAZHI_TEST_DB=postgres).";
    private static readonly string[] FineOnly = ["罚款"];
    private static readonly string[] BothInstances = [ProxyCluster.FirstName, ProxyCluster.SecondName];

    [Fact]
    public async Task ASignedInClerk_IsServedByBothInstances_AndAFormFromOneIsAcceptedByTheOther()
    {
        Assert.SkipUnless(FazhiApp.UsesPostgres, OnlyPostgres);
        using var browser = cluster.Browser();
        (await FazhiApp.SignInAsync(browser, "xiaojiang.clerk", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var answeredBy = new List<string>();
        foreach (var _ in Enumerable.Range(0, 4))
        {
            using var page = await browser.GetAsync("/workspace");
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync()).ShouldContain("退出");
            answeredBy.Add(InstanceOf(page));
        }

        foreach (var instance in BothInstances)
        {
            answeredBy.ShouldContain(instance, "轮询应把同一会话的请求分到两个实例");
        }

        // The upload form's antiforgery token is issued by one instance and posted to the other.
        var owner = await AttachmentUploads.NewOwnerAsync(browser);
        var crossed = false;
        for (var attempt = 0; attempt < 4 && !crossed; attempt++)
        {
            using var form = await browser.GetAsync("/workspace");
            var token = TokenIn(await form.Content.ReadAsStringAsync());
            using var posted = await AttachmentUploads.PostAsync(browser, token, AttachmentUploads.OwnerType, owner, "审核意见书", "合法性审核意见书.pdf", AttachmentUploads.UniquePdf("proxy-form"));
            posted.StatusCode.ShouldBe(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
            crossed = InstanceOf(posted) != InstanceOf(form);
        }

        crossed.ShouldBeTrue("表单令牌由一个实例签发、由另一个实例接受");
    }

    [Fact]
    public async Task AFileUploadedThroughOneInstance_IsDownloadedWithTheSameHashFromTheOther()
    {
        Assert.SkipUnless(FazhiApp.UsesPostgres, OnlyPostgres);
        using var browser = cluster.Browser();
        (await FazhiApp.SignInAsync(browser, "taixia.clerk", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var bytes = AttachmentUploads.UniquePdf("proxy-upload").Concat(Enumerable.Range(0, 1_500_000).Select(i => (byte)(i % 251))).ToArray();
        var owner = await AttachmentUploads.NewOwnerAsync(browser);

        using var upload = await AttachmentUploads.PostAsync(browser, AttachmentUploads.OwnerType, owner, "审核意见书", "现场执法记录.pdf", bytes);
        upload.StatusCode.ShouldBe(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await upload.Content.ReadAsStringAsync());
        var sha256 = json.RootElement.GetProperty("sha256").GetString()!;
        var url = json.RootElement.GetProperty("downloadUrl").GetString()!;
        sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));

        var downloadedFrom = new HashSet<string>();
        for (var attempt = 0; attempt < 4 && !downloadedFrom.Contains(Other(InstanceOf(upload))); attempt++)
        {
            using var download = await browser.GetAsync(url);
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
            Convert.ToHexStringLower(SHA256.HashData(await download.Content.ReadAsByteArrayAsync())).ShouldBe(sha256);
            downloadedFrom.Add(InstanceOf(download));
        }

        downloadedFrom.ShouldContain(Other(InstanceOf(upload)), "另一个实例从数据库取出同一文件");
    }

    [Fact]
    public async Task AnInstanceKilledMidRun_LosesNoRequest_AndTheOtherKeepsWorking()
    {
        Assert.SkipUnless(FazhiApp.UsesPostgres, OnlyPostgres);
        using var browser = cluster.Browser();
        (await FazhiApp.SignInAsync(browser, "heshi.clerk", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var owner = await AttachmentUploads.NewOwnerAsync(browser);
        try
        {
            // Pages keep being read while the second instance dies under them.
            using var reading = new CancellationTokenSource();
            var reader = Task.Run(async () =>
            {
                var seen = new List<HttpStatusCode>();
                while (!reading.IsCancellationRequested)
                {
                    using var page = await browser.GetAsync("/workspace/deadlines");
                    seen.Add(page.StatusCode);
                }

                return seen;
            });
            await Task.Delay(500);
            await cluster.KillAsync(ProxyCluster.SecondName);
            await Task.Delay(1500);
            await reading.CancelAsync();
            var statuses = await reader;
            statuses.Count.ShouldBeGreaterThan(2);
            statuses.ShouldAllBe(s => s == HttpStatusCode.OK, "实例被杀期间通过代理的每个请求都应成功");

            // Afterwards every request is answered, by the survivor, including a form post and an upload.
            foreach (var _ in Enumerable.Range(0, 4))
            {
                using var page = await browser.GetAsync("/workspace");
                page.StatusCode.ShouldBe(HttpStatusCode.OK);
                InstanceOf(page).ShouldBe(ProxyCluster.FirstName);
            }

            using var upload = await AttachmentUploads.PostAsync(browser, AttachmentUploads.OwnerType, owner, "审核意见书", "存活实例.pdf", AttachmentUploads.UniquePdf("survivor"));
            upload.StatusCode.ShouldBe(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        }
        finally
        {
            await cluster.RestartAsync(ProxyCluster.SecondName);
        }
    }

    [Fact]
    public async Task TwoInstancesSweepingAllAlong_OpenEachTownshipsAnnualReportDeadlineExactlyOnce()
    {
        Assert.SkipUnless(FazhiApp.UsesPostgres, OnlyPostgres);
        // Both sweep at start-up and every two seconds; wait until each has run the sweep at least twice.
        var until = DateTime.UtcNow.AddSeconds(30);
        while (BothInstances.Any(i => SweepRuns(i) < 2) && DateTime.UtcNow < until)
        {
            await Task.Delay(500);
        }

        foreach (var instance in BothInstances)
        {
            SweepRuns(instance).ShouldBeGreaterThanOrEqualTo(2, $"{instance} 应多次运行期限巡检");
        }

        // 督察工作规定 第二十四条: from 1 January last year's report is due on every township's board, once.
        var year = ChinaTime.Today(TimeProvider.System).Year - 1;
        var townships = await cluster.Database.WithDbAsync(db => db.Set<Township>().Select(t => t.Id).ToListAsync());
        var published = await cluster.Database.WithDbAsync(db => db.Set<AnnualReport>()
            .Where(r => r.Year == year && r.Status == ReportStatus.Published).Select(r => r.TownshipId).ToListAsync());
        var deadlines = await cluster.Database.WithDbAsync(db => db.Set<Deadline>()
            .Where(d => d.RuleCode == ReportDeadlines.PublicationCode && d.StartDate == new DateOnly(year, 12, 31))
            .Select(d => new { d.Id, d.TownshipId }).ToListAsync());

        deadlines.Count.ShouldBeGreaterThan(cluster.ReportDeadlinesBeforeInstances, "两个实例的巡检打开了尚未打开的期限");
        deadlines.Select(d => d.TownshipId).Order().ShouldBe(townships.Except(published).Order(), "每个乡镇一个期限，不多不少");
        var ids = deadlines.Select(d => d.Id.ToString()).ToList();
        var opened = await cluster.Database.WithDbAsync(db => db.Set<AuditEntry>()
            .Where(e => ids.Contains(e.RecordId) && e.Action == AuditAction.Added).Select(e => e.RecordId).ToListAsync());
        opened.Order().ShouldBe(ids.Order(), "每个期限在审计记录中只被打开一次");
    }

    [Fact]
    public async Task ADecisionWithdrawnThroughTheProxy_LeavesBothInstancesCachedPortalAtOnce()
    {
        Assert.SkipUnless(FazhiApp.UsesPostgres, OnlyPostgres);
        var (id, decisionNumber) = await PublishDecisionAsync("韦秀英");
        var column = $"/t/{Xiaojiang}/enforcement";
        using var first = cluster.Direct(ProxyCluster.FirstName);
        using var second = cluster.Direct(ProxyCluster.SecondName);
        var link = ListedLink(await CachedPageAsync(first, column), decisionNumber);
        link.ShouldNotBeNull();
        foreach (var instance in new[] { first, second })
        {
            (await CachedPageAsync(instance, link)).ShouldContain(decisionNumber);
        }

        // 《行政处罚法》第四十八条第二款: the revoked decision is withdrawn from 执法公示, through whichever instance.
        using var leader = await SignedInAsync("xiaojiang.leader");
        (await leader.SendAsync($"/cases/{id}/revocation", new { on = "2026-11-20", reason = "复查发现认定事实错误。" })).ShouldSucceed();
        using var clerk = await SignedInAsync("xiaojiang.clerk");
        (await clerk.SendAsync($"/cases/{id}/withdrawal", new { on = "2026-11-23" })).ShouldSucceed();

        foreach (var instance in new[] { first, second })
        {
            ListedLink(await instance.GetStringAsync(column), decisionNumber).ShouldBeNull();
            (await instance.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    /// <summary>Deadlines of last year's annual report, whoever opened them.</summary>
    internal static Task<int> LastYearsReportDeadlinesAsync(FazhiApp database)
    {
        var year = ChinaTime.Today(TimeProvider.System).Year - 1;
        return database.WithDbAsync(db => db.Set<Deadline>()
            .CountAsync(d => d.RuleCode == ReportDeadlines.PublicationCode && d.StartDate == new DateOnly(year, 12, 31)));
    }

    private int SweepRuns(string instance) =>
        cluster.LogOf(instance).Split('\n').Count(l => l.Contains("Deadline sweep changed", StringComparison.Ordinal));

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var browser = cluster.Browser();
        (await FazhiApp.SignInAsync(browser, userName, FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    /// <summary>A case of 占道经营 filed, noticed, decided and published through the proxy by the township's staff.</summary>
    private async Task<(Guid Id, string DecisionNumber)> PublishDecisionAsync(string party)
    {
        using var clerk = await SignedInAsync("xiaojiang.clerk");
        using var leader = await SignedInAsync("xiaojiang.leader");
        using var officer = await SignedInAsync("xiaojiang.officer");
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        var id = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Skip(4).Take(2), new DateOnly(2026, 11, 2),
            partyName: party, isMajor: false))).ShouldSucceed().GetProperty("id").GetGuid();
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片", collectedBy = "执法人员", collectedOn = "2026-11-03" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 200, on = "2026-11-05" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/statement", new { summary = "当事人对违法事实无异议，放弃陈述申辩。", waived = true })).ShouldSucceed();
        var decided = (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 200, text = $"当事人{party}占道摆卖，决定处以罚款200元。", on = "2026-11-10" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/publication", new { on = "2026-11-12" })).ShouldSucceed();
        return (id, decided.GetProperty("decisionNumber").GetString()!);
    }

    /// <summary>
    /// Reads a page of one instance until the answer comes from its cache (it carries an Age header). The sweeps
    /// running every two seconds move the new case's deadlines once, which renews 小江镇's stamp; the copy made after
    /// that stays, so a few reads a moment apart settle on a cached one.
    /// </summary>
    private static async Task<string> CachedPageAsync(HttpClient instance, string path)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var response = await instance.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            if (response.Headers.Age is not null)
            {
                return await response.Content.ReadAsStringAsync();
            }

            await Task.Delay(500);
        }

        throw new ShouldAssertException($"{path} 应由该实例的输出缓存提供（响应带 Age）");
    }

    private static string? ListedLink(string columnHtml, string decisionNumber) =>
        new HtmlParser().ParseDocument(columnHtml).QuerySelectorAll("a[href*='/enforcement/decisions/']")
            .FirstOrDefault(a => a.TextContent.Contains(decisionNumber, StringComparison.Ordinal))?.GetAttribute("href");

    private static string InstanceOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Fazhi-Instance", out var names) ? names.Single() : throw new InvalidOperationException("响应未注明实例（X-Fazhi-Instance）");

    private static string Other(string instance) => instance == ProxyCluster.FirstName ? ProxyCluster.SecondName : ProxyCluster.FirstName;

    private static string TokenIn(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("页面上没有防伪令牌");
}
