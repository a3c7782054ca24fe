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
}
