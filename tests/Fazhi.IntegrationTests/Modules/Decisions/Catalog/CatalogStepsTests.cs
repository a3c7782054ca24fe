using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Decisions.Catalog;

/// <summary>
/// The catalogue's two steps (列入/增补 and 公布, 国务院令第713号第三条第三款) through their pages and the API, which run the
/// same handler: a person outside the step's rule is refused alike on both, a broken rule keeps what was typed.
/// </summary>
public sealed class CatalogStepsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(client, "/workspace/decisions/catalog");
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task ApproveCatalog_AsEnforcementOfficer_IsRefusedOnPageAndApiAlike()
    {
        var officer = await app.ClientForAsync("xiaojiang.officer");

        var page = await PostFormAsync(officer, "/workspace/decisions/catalog/2027/approval", new() { ["Reference"] = "镇党委会议2027年第1次" });
        var api = await officer.SendAsync($"{DecisionsApi.Base}/catalogs/2027/approval", new { reference = "镇党委会议2027年第1次" });

        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await page.Content.ReadAsStringAsync()).ShouldContain("由领导或法制员登记并公布");
        api.Status.ShouldBe(HttpStatusCode.Forbidden);
        api.Json.GetProperty("code").GetString().ShouldBe("decisions.catalog.approval.who");
    }

    [Fact]
    public async Task AddItem_AsEnforcementOfficerWithAnEmptyForm_IsRefusedBeforeTheFormIsRead()
    {
        var officer = await app.ClientForAsync("xiaojiang.officer");

        (await PostFormAsync(officer, "/workspace/decisions/catalog/2027/items/new", [])).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.SendAsync($"{DecisionsApi.Base}/catalogs/2027/items", new { })).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AddItem_WithoutTitle_ShowsTheErrorBesideTheFieldAndKeepsWhatWasTyped()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await PostFormAsync(clerk, "/workspace/decisions/catalog/2028/items/new", new()
        {
            ["Title"] = "",
            ["Category"] = "PublicPolicy",
            ["Owner"] = "镇党政办",
            ["PlannedSteps"] = "公众参与、合法性审查、集体讨论决定",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        html.QuerySelector("span.field-error[data-valmsg-for='Title']")!.TextContent.ShouldBe("请填写决策事项名称。");
        html.QuerySelector("input[name='Owner']")!.GetAttribute("value").ShouldBe("镇党政办");
    }

    [Fact]
    public async Task AddItem_AfterPublicationWithoutReason_IsRefusedWithTheRuleBesideTheReasonField()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await clerk.SendAsync($"{DecisionsApi.Base}/catalogs/2029/items", new { title = "小江镇集镇污水管网建设", category = 4, owner = "镇村镇建设服务中心", plannedSteps = "公众参与、集体讨论决定" })).Ok();
        var published = await PostFormAsync(clerk, "/workspace/decisions/catalog/2029/approval", new() { ["Reference"] = "镇党委会议2029年第1次" });
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.GetStringAsync("/workspace/decisions/catalog?year=2029")).ShouldContain("已登记党委同意并在门户公布");

        var refused = await PostFormAsync(clerk, "/workspace/decisions/catalog/2029/items/new", new()
        {
            ["Title"] = "小江镇老旧小区改造",
            ["Category"] = "PublicConstruction",
            ["Owner"] = "镇村镇建设服务中心",
            ["PlannedSteps"] = "公众参与、集体讨论决定",
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await new HtmlParser().ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        html.QuerySelector("span.field-error[data-valmsg-for='AdditionReason']")!.TextContent.ShouldContain("须说明增补理由");
        html.QuerySelector("input[name='Title']")!.GetAttribute("value").ShouldBe("小江镇老旧小区改造");
        var api = await clerk.SendAsync($"{DecisionsApi.Base}/catalogs/2029/items", new { title = "小江镇老旧小区改造", category = 4, owner = "镇村镇建设服务中心", plannedSteps = "公众参与" });
        api.Refused("decisions.catalog.addition-reason-missing");
        api.Json.GetProperty("field").GetString().ShouldBe("additionReason");
    }
}
