using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Documents;

/// <summary>
/// The county's 责令纠正 has effect, from the county's filing-review page to the portal: it opens a correction period on
/// the township's 待办与预警 board (the township government's own duty), the portal stops calling the document 有效 and
/// says 正在纠正, then 已停止执行 and 已撤销 as the township answers; a corrected version published makes it 有效 again.
/// </summary>
public sealed class CorrectionLoopTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string XiaojiangCode = "990100101000";

    [Fact]
    public async Task CountyCorrectionOrder_OpensTheTownshipsPeriodAndThePortalShowsCorrectingThenSuspendedThenRevoked()
    {
        var (id, filingId) = await PublishedAndFiledAsync("小江镇集镇摊点管理办法");

        app.SetDate(new DateOnly(2026, 10, 13));
        var county = await app.ClientForAsync("county.reviewer");
        var ordered = await county.PostAsync("/county/filings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["filingId"] = filingId.ToString(),
            ["accept"] = "false",
            ["reasons"] = "第四条设定罚款，超越规范性文件权限，违反《行政处罚法》第十六条，责令纠正。",
            ["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(county, "/county/filings"),
        }));
        ordered.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The township's own duty, on its board and on the county's: 30 days from the order.
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var row = await BoardRowAsync(clerk, "/workspace/deadlines", "小江镇集镇摊点管理办法", "规范性文件责令纠正");
        row.ShouldContain("2026-11-12");
        row.ShouldContain("进行中");
        row.ShouldNotContain("当事人");
        (await BoardRowAsync(county, "/county/deadlines", "小江镇集镇摊点管理办法", "规范性文件责令纠正")).ShouldContain("小江镇");

        await PortalShowsAsync(id, "正在纠正");

        (await clerk.PostAsync($"/api/workspace/documents/{id}/suspension", new { reason = "按县司法局备案审查意见，第四条停止执行。" })).ShouldBeOk(HttpStatusCode.NoContent);
        await PortalShowsAsync(id, "已停止执行");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/suspension", new { reason = "再次停止" })).ShouldBeRefusedWith("documents.correction.already-suspended");

        app.SetDate(new DateOnly(2026, 10, 20));
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/revocation", new { reason = "按备案审查意见撤销。" })).ShouldBeOk(HttpStatusCode.NoContent);
        await PortalShowsAsync(id, "已撤销");
        (await BoardRowAsync(clerk, "/workspace/deadlines?Filter.State=Met", "小江镇集镇摊点管理办法", "规范性文件责令纠正")).ShouldContain("2026-10-20 办结");
    }

    [Fact]
    public async Task CorrectedVersionPublished_MakesTheDocumentInForceAgainAndMeetsThePeriod()
    {
        var (id, filingId) = await PublishedAndFiledAsync("小江镇集镇停车秩序管理办法");
        app.SetDate(new DateOnly(2026, 10, 13));
        var county = await app.ClientForAsync("county.reviewer");
        (await county.PostAsync($"/api/county/filings/{filingId}/decision", new { accept = false, reasons = "第四条设定罚款，责令纠正。" })).ShouldBeOk(HttpStatusCode.OK);
        await PortalShowsAsync(id, "正在纠正");

        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/amendment", new { reason = "删除第四条罚款规定" })).ShouldBeOk(HttpStatusCode.NoContent);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/versions", new
        {
            title = "小江镇集镇停车秩序管理办法",
            body = DocumentsApi.Body.Replace("并处五千元罚款", "依法处理", StringComparison.Ordinal),
            explanation = "按备案审查意见修改。",
            penalty = false,
        })).ShouldBeOk(HttpStatusCode.OK);
        // Amending does not make it 有效: the text in force is still the one ordered corrected.
        await PortalShowsAsync(id, "正在纠正");

        (await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = "xiaojiang.advisor" })).ShouldBeOk();
        (await (await app.ClientForAsync("xiaojiang.advisor")).PostAsync($"/api/workspace/documents/{id}/legality-review/opinion", new { opinion = 1, reasons = "已删除罚款规定，合法。" })).ShouldBeOk();
        (await clerk.PostAsync($"/api/workspace/documents/{id}/deliberation", new { meetingDate = "2026-10-13", attendees = "镇长、副镇长、党政办主任", decision = 1, minutes = "审议通过修改稿。" })).ShouldBeOk();
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk();
        await DocumentsApi.SignBothAsync(app, id);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/publication", new { writtenOn = "2026-10-13", effectiveFrom = "2026-10-20" })).ShouldBeOk();

        await PortalShowsAsync(id, "有效");
        (await app.Anonymous().GetStringAsync($"/t/{XiaojiangCode}/documents/{id}")).ShouldNotContain("并处五千元罚款");
        (await BoardRowAsync(clerk, "/workspace/deadlines?Filter.State=Met", "小江镇集镇停车秩序管理办法", "规范性文件责令纠正")).ShouldContain("2026-10-13 办结");
    }

    /// <summary>A document of 小江镇 published on 2026-10-12 and filed with the county.</summary>
    private async Task<(Guid Id, Guid FilingId)> PublishedAndFiledAsync(string title)
    {
        app.SetDate(new DateOnly(2026, 9, 28));
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", title);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk();
        await DocumentsApi.SignBothAsync(app, id);
        app.SetDate(new DateOnly(2026, 10, 12));
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await DocumentsApi.PublishAsync(clerk, id)).ShouldBeOk();
        var filing = await clerk.PostAsync($"/api/workspace/documents/{id}/filing");
        filing.ShouldBeOk();
        await PortalShowsAsync(id, "有效");
        return (id, filing.Json.GetGuid());
    }

    /// <summary>The portal's page, list and API all state the same status for the document.</summary>
    private async Task PortalShowsAsync(Guid id, string status)
    {
        var visitor = app.Anonymous();
        var page = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/t/{XiaojiangCode}/documents/{id}"));
        var validity = page.QuerySelectorAll("table.table-meta tr").Single(tr => tr.TextContent.Contains("有效性", StringComparison.Ordinal));
        validity.QuerySelector(".badge")!.TextContent.Trim().ShouldBe(status);

        var list = new HtmlParser().ParseDocument(await visitor.GetStringAsync($"/t/{XiaojiangCode}/documents"));
        var item = list.QuerySelectorAll("li").Single(li => li.QuerySelector($"a[href='/t/{XiaojiangCode}/documents/{id}']") is not null);
        item.QuerySelector(".badge")!.TextContent.Trim().ShouldBe(status);

        var api = await visitor.GetJsonAsync($"/api/portal/{XiaojiangCode}/documents/{id}");
        api.GetProperty("validity").GetString().ShouldBe(status);
    }

    private static async Task<string> BoardRowAsync(HttpClient client, string path, string subject, string rule)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var html = await client.GetStringAsync($"{path}{separator}Filter.Q={Uri.EscapeDataString(subject)}");
        return new HtmlParser().ParseDocument(html).QuerySelectorAll("table.deadlines tbody tr")
            .Single(tr => tr.TextContent.Contains(subject, StringComparison.Ordinal) && tr.TextContent.Contains(rule, StringComparison.Ordinal)).TextContent;
    }
}
