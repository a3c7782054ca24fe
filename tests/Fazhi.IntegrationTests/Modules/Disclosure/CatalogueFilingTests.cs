using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Documents;
using Fazhi.IntegrationTests.Modules.Enforcement;

namespace Fazhi.IntegrationTests.Modules.Disclosure;

/// <summary>
/// Issue 17 item 1: what other modules publish is filed into the township's 政府信息公开目录 (第12条, 第20条) through
/// Disclosure's contract — a normative document under 第二十条第一项 with its portal link, a publicised penalty decision
/// under 第六项 that leaves the catalogue when the revoked decision is withdrawn (行政处罚法 第48条第2款).
/// </summary>
public sealed class CatalogueFilingTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Xiaojiang = "990100101000";

    private static readonly string[] FineOnly = ["罚款"];

    private async Task<AngleSharp.Dom.IElement?> CatalogueRowAsync(string category, string title)
    {
        var page = new HtmlParser().ParseDocument(await app.Anonymous().GetStringAsync($"/t/{Xiaojiang}/disclosure/catalogue?Category={category}"));
        return page.QuerySelectorAll("table.catalogue tbody tr").SingleOrDefault(tr => tr.TextContent.Contains(title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishingADocument_PutsItInThePortalCatalogue_UnderNormativeDocuments_WithItsLink()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", "小江镇集镇农贸市场管理办法");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk();
        await DocumentsApi.SignBothAsync(app, id);
        (await CatalogueRowAsync("NormativeDocuments", "小江镇集镇农贸市场管理办法")).ShouldBeNull("not public before publication");

        (await DocumentsApi.PublishAsync(clerk, id)).ShouldBeOk();

        var row = await CatalogueRowAsync("NormativeDocuments", "小江镇集镇农贸市场管理办法");
        row.ShouldNotBeNull();
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        cells[0].ShouldStartWith($"{Xiaojiang}/2026-");
        cells[1].ShouldBe("规章和规范性文件");
        cells[4].ShouldBe("2026-09-29");
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/t/{Xiaojiang}/documents/{id}");
    }

    [Fact]
    public async Task PublicisedPenaltyDecision_IsFiled_AndWithdrawnFromTheCatalogueWithTheDecision()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var power = await EnforcementApi.PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await EnforcementApi.CertifiedOfficersAsync(clerk);
        var id = (await clerk.SendAsync("/cases", EnforcementApi.NewCase(power.GetProperty("id").GetGuid(), officers.Skip(1).Take(2), new DateOnly(2026, 11, 2),
            partyName: "韦春花", isMajor: false, isComplex: false))).ShouldSucceed().GetProperty("id").GetGuid();
        var officer = await app.ClientForAsync("xiaojiang.officer");
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片", collectedBy = "执法人员", collectedOn = "2026-11-03" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 200, on = "2026-11-05" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/statement", new { summary = "当事人对违法事实无异议，放弃陈述申辩。", waived = true })).ShouldSucceed();
        var decided = (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 200, text = "当事人韦春花占道摆卖，决定处以罚款200元。", on = "2026-11-10" })).ShouldSucceed();
        var number = decided.GetProperty("decisionNumber").GetString()!;
        (await clerk.SendAsync($"/cases/{id}/publication", new { on = "2026-11-12" })).ShouldSucceed();

        var row = await CatalogueRowAsync("PenaltiesAndCoercion", number);
        row.ShouldNotBeNull();
        row.TextContent.ShouldContain("行政处罚、行政强制");
        row.TextContent.ShouldNotContain("韦春花", customMessage: "the catalogue shows the masked party as the portal does");

        (await leader.SendAsync($"/cases/{id}/revocation", new { on = "2026-11-20", reason = "复查发现认定事实错误。" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/withdrawal", new { on = "2026-11-23" })).ShouldSucceed();

        (await CatalogueRowAsync("PenaltiesAndCoercion", number)).ShouldBeNull();
    }

    [Fact]
    public async Task RepealedDocument_StaysInTheCatalogueMarkedRepealed_ButNotAmongTheCurrent()
    {
        const string title = "小江镇集镇临时摊点管理办法";
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", title);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk();
        await DocumentsApi.SignBothAsync(app, id);
        (await DocumentsApi.PublishAsync(clerk, id)).ShouldBeOk();
        (await CatalogueRowAsync("NormativeDocuments", title))!.QuerySelector(".validity").ShouldBeNull("in force: no status badge");
        (await CurrentRowAsync(title)).ShouldNotBeNull();

        var repealed = await clerk.PostAsync($"/api/workspace/documents/{id}/repeal", System.Net.Http.Json.JsonContent.Create(new { reason = "上位法修改，本办法不再适用。" }));
        repealed.IsSuccessStatusCode.ShouldBeTrue(await repealed.Content.ReadAsStringAsync());

        // Published information of its time: still listed, with its index number and link, but marked 已废止 since today.
        var row = await CatalogueRowAsync("NormativeDocuments", title);
        row.ShouldNotBeNull();
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/t/{Xiaojiang}/documents/{id}");
        var today = Fazhi.Platform.Time.ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        row.QuerySelector(".validity")!.TextContent.ShouldBe($"已废止（{today} 起）");
        (await CurrentRowAsync(title)).ShouldBeNull("只看现行有效时不再列出已废止的文件");
    }

    [Fact]
    public async Task ApprovedDecisionCatalogue_IsFiledUnderOtherInformation_AndAnAdditionRefreshesTheSameEntry()
    {
        const string title = "2028年度重大行政决策事项目录";
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        await PostOkAsync(clerk, "/api/workspace/decisions/catalogs/2028/items", new { title = "小江镇集镇供水管网改造", category = 4, owner = "镇村镇建设服务中心", plannedSteps = "公众参与、专家论证、风险评估、合法性审查、集体讨论决定" });
        (await CatalogueRowAsync("OtherByLaw", title)).ShouldBeNull("not public before the Party committee agrees");

        await PostOkAsync(await app.ClientForAsync("xiaojiang.leader"), "/api/workspace/decisions/catalogs/2028/approval", new { reference = "镇党委会议2028年第1次" });
        var row = await CatalogueRowAsync("OtherByLaw", title);
        row.ShouldNotBeNull();
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/t/{Xiaojiang}/decisions/catalog/2028");
        row.TextContent.ShouldContain("共 1 项");
        var index = row.QuerySelector("td")!.TextContent.Trim();

        await PostOkAsync(clerk, "/api/workspace/decisions/catalogs/2028/items", new { title = "小江镇农村生活垃圾收运处置办法", category = 1, owner = "镇综合行政执法办公室", plannedSteps = "公众参与、合法性审查、集体讨论决定", additionReason = "县政府部署农村生活垃圾治理，年中增补。" });
        var refreshed = await CatalogueRowAsync("OtherByLaw", title);
        refreshed!.TextContent.ShouldContain("共 2 项");
        refreshed.QuerySelector("td")!.TextContent.Trim().ShouldBe(index, "an addition refreshes the entry and keeps its 索引号");
    }

    private async Task<AngleSharp.Dom.IElement?> CurrentRowAsync(string title)
    {
        var page = new HtmlParser().ParseDocument(await app.Anonymous().GetStringAsync($"/t/{Xiaojiang}/disclosure/catalogue?Category=NormativeDocuments&Current=true"));
        return page.QuerySelectorAll("table.catalogue tbody tr").SingleOrDefault(tr => tr.TextContent.Contains(title, StringComparison.Ordinal));
    }

    private static async Task PostOkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsync(url, System.Net.Http.Json.JsonContent.Create(body));
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }
}
