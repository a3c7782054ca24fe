using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;
using Fazhi.IntegrationTests.Modules.Reports;

namespace Fazhi.IntegrationTests.Modules.Ledgers;

/// <summary>
/// A configured ledger end to end through HTTP (issue 18 §1): the clerk defines it, entries are made through the form
/// generated from it (errors beside the field, what was typed kept), its indicators are computed from the entries of
/// the year they are dated in and the drafted report states them in the ledger's sentence; a revision keeps earlier
/// entries under their version; a village cadre or an officer may not define, a cadre may not enter, and another
/// township never sees the ledger.
/// </summary>
public sealed class LedgerStepsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = "/api/workspace/ledgers";

    internal static object Definition(string key) => new
    {
        key,
        name = "网格巡查台账",
        heading = "深化网格化服务管理",
        lead = "全年",
        part = 1,
        fields = new object[]
        {
            new { key = "village", label = "网格所在村", kind = 7, required = true },
            new { key = "people", label = "参加网格员", kind = 3, required = true },
            new { key = "issue", label = "发现问题类型", kind = 9, required = false, options = "矛盾纠纷、安全隐患、环境卫生" },
        },
        indicators = new object[]
        {
            new { key = "patrols", label = "网格巡查", unit = "次", kind = 1, template = "组织网格巡查{0}" },
            new { key = "people", label = "参加网格员", unit = "人次", kind = 2, field = "people", template = "出动网格员{0}" },
            new { key = "villages", label = "覆盖村", unit = "个村", kind = 3, field = "village", template = "覆盖{0}" },
        },
    };

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static string ErrorBeside(IDocument page, string field) =>
        page.QuerySelector($"span.field-error[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task Definition_FormEntries_Indicators_AndTheDraftedReportSentence()
    {
        var clerk = await app.ClientForAsync("dazhanglou.clerk");
        var defined = await clerk.PostJsonAsync(Api, Definition("grid-patrols"));
        defined.Status.ShouldBe(HttpStatusCode.OK, defined.Json.ToString());
        var id = defined.Json.GetProperty("id").GetString();
        var form = $"/workspace/ledgers/{id}/entries/new";

        // The form is generated from the definition.
        var blank = new HtmlParser().ParseDocument(await clerk.GetStringAsync(form));
        blank.QuerySelector("label[for='v-people']")!.TextContent.ShouldContain("参加网格员（人次）");
        blank.QuerySelectorAll("select[name='Values[issue]'] option").Select(o => o.TextContent).ShouldBe(["请选择", "矛盾纠纷", "安全隐患", "环境卫生"]);

        foreach (var (on, village, people) in new[] { ("2023-03-05", "大张楼村", "6"), ("2023-06-05", "大张楼村", "5"), ("2023-09-05", "东关村", "7") })
        {
            var saved = await PostFormAsync(clerk, form, new() { ["OccurredOn"] = on, ["Values[village]"] = village, ["Values[people]"] = people, ["Values[issue]"] = "安全隐患" });
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        }

        // A count that is not a whole number is refused beside its field, and what was typed stays.
        var refused = await PostFormAsync(clerk, form, new() { ["OccurredOn"] = "2023-10-05", ["Values[village]"] = "西关村", ["Values[people]"] = "三个" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        ErrorBeside(page, "Values[people]").ShouldBe("参加网格员应为不小于 0 的整数。");
        page.QuerySelector("input[name='Values[village]']")!.GetAttribute("value").ShouldBe("西关村");
        page.QuerySelector("input[name='Values[people]']")!.GetAttribute("value").ShouldBe("三个");

        // An entry of another year counts in that year only.
        (await clerk.PostJsonAsync($"{Api}/{id}/entries", new { occurredOn = "2024-02-01", values = new Dictionary<string, string> { ["village"] = "西关村", ["people"] = "9" } })).Status.ShouldBe(HttpStatusCode.OK);

        (await ReportScenario.DraftAsync(clerk, 2023)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var report = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2023"));
        report.QuerySelector("section.card")!.TextContent.ShouldContain("深化网格化服务管理");
        report.QuerySelector("section.card")!.TextContent.ShouldContain("全年组织网格巡查3次，出动网格员18人次，覆盖2个村。");

        var ledger = new HtmlParser().ParseDocument(await clerk.GetStringAsync($"/workspace/ledgers/{id}?Year=2023&Village=大张楼村"));
        ledger.QuerySelectorAll("table.ledger-entries tbody tr").Length.ShouldBe(2);
    }

    [Fact]
    public async Task Revision_MakesANewVersion_AndEarlierEntriesKeepTheirsAndStillCount()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await clerk.PostJsonAsync(Api, Definition("grid-v"))).Json.GetProperty("id").GetString();
        (await clerk.PostJsonAsync($"{Api}/{id}/entries", new { occurredOn = "2025-04-01", values = new Dictionary<string, string> { ["village"] = "小江村", ["people"] = "4" } })).Status.ShouldBe(HttpStatusCode.OK);

        // Version 2 drops the choice field and adds an amount; a field cannot change its kind.
        var changedKind = await clerk.PostJsonAsync($"{Api}/{id}/versions", new
        {
            name = "网格巡查台账", heading = "深化网格化服务管理", lead = "全年", part = 1,
            fields = new object[] { new { key = "village", label = "网格所在村", kind = 6, required = true } },
            indicators = Array.Empty<object>(),
        });
        changedKind.ShouldBeRefusedBy("ledgers.field-kind-changed");
        var revised = await clerk.PostJsonAsync($"{Api}/{id}/versions", new
        {
            name = "网格巡查台账（2025版）", heading = "深化网格化服务管理", lead = "全年", part = 1,
            fields = new object[]
            {
                new { key = "village", label = "网格所在村", kind = 7, required = true },
                new { key = "people", label = "参加网格员", kind = 3, required = true },
                new { key = "cost", label = "巡查经费", kind = 4, required = true },
            },
            indicators = new object[]
            {
                new { key = "patrols", label = "网格巡查", unit = "次", kind = 1, template = "组织网格巡查{0}" },
                new { key = "people", label = "参加网格员", unit = "人次", kind = 2, field = "people", template = "出动网格员{0}" },
                new { key = "cost", label = "巡查经费", unit = "元", kind = 2, field = "cost", template = "使用经费{0}" },
            },
        });
        revised.Status.ShouldBe(HttpStatusCode.OK, revised.Json.ToString());
        revised.Json.GetProperty("version").GetInt32().ShouldBe(2);

        // A new entry needs the new field; the old one stays under version 1 and still counts.
        var missing = await clerk.PostJsonAsync($"{Api}/{id}/entries", new { occurredOn = "2025-05-01", values = new Dictionary<string, string> { ["village"] = "小江村", ["people"] = "3" } });
        missing.ShouldBeRefusedBy("ledgers.value");
        missing.Json.GetProperty("detail").GetString().ShouldBe("请填写巡查经费。");
        var entry = await clerk.PostJsonAsync($"{Api}/{id}/entries", new { occurredOn = "2025-05-01", values = new Dictionary<string, string> { ["village"] = "小江村", ["people"] = "3", ["cost"] = "150.5" } });
        entry.Json.GetProperty("version").GetInt32().ShouldBe(2);

        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync($"/workspace/ledgers/{id}?Year=2025"));
        var rows = page.QuerySelectorAll("table.ledger-entries tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(2);
        rows.ShouldContain(r => r.Contains("第 1 版") && r.Contains("安全隐患") == false && r.Contains('4'));
        rows.ShouldContain(r => r.Contains("第 2 版") && r.Contains("150.5"));
        (await ReportScenario.DraftAsync(clerk, 2025)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var report = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2025"));
        report.QuerySelector("section.card")!.TextContent.ShouldContain("全年组织网格巡查2次，出动网格员7人次，使用经费150.5元。");
    }

    [Fact]
    public async Task VillageCadreAndOfficer_MayNotDefine_CadreMayNotEnter_AndAnotherTownshipNeverSeesTheLedger()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var id = (await clerk.PostJsonAsync(Api, Definition("grid-refusals"))).Json.GetProperty("id").GetString();
        var cadre = await app.ClientForAsync("xiaojiang.cadre");
        var officer = await app.ClientForAsync("taixia.officer");
        var neighbour = await app.ClientForAsync("heshi.clerk");

        var byCadre = await cadre.PostJsonAsync(Api, Definition("grid-cadre"));
        byCadre.Status.ShouldBe(HttpStatusCode.Forbidden);
        byCadre.Json.GetProperty("detail").GetString()!.ShouldContain("法制员或领导");
        (await officer.PostJsonAsync(Api, Definition("grid-officer"))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await cadre.PostJsonAsync($"{Api}/{id}/entries", new { occurredOn = "2025-04-01", values = new Dictionary<string, string>() })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.PostJsonAsync($"{Api}/{id}/entries", new { occurredOn = "2025-04-01", values = new Dictionary<string, string> { ["village"] = "太霞村", ["people"] = "2" } })).Status.ShouldBe(HttpStatusCode.OK);

        (await neighbour.PostJsonAsync($"{Api}/{id}/entries", new { occurredOn = "2025-04-01", values = new Dictionary<string, string> { ["village"] = "河市村", ["people"] = "2" } })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetAsync($"/workspace/ledgers/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.PostJsonAsync(Api, Definition("grid-refusals"))).ShouldBeRefusedBy("ledgers.key-used");
    }

    [Fact]
    public async Task DefinitionForm_ShowsTheRuleItBreaks_AndKeepsWhatWasTyped()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");

        var response = await PostFormAsync(clerk, "/workspace/ledgers/new", new()
        {
            ["Key"] = "funds-bad", ["Name"] = "投入台账", ["Heading"] = "综治投入", ["Lead"] = "", ["Part"] = "Achievements",
            ["Fields[0].Key"] = "item", ["Fields[0].Label"] = "建设内容", ["Fields[0].Kind"] = "Text",
            ["Indicators[0].Key"] = "funds", ["Indicators[0].Label"] = "投入资金", ["Indicators[0].Unit"] = "万元", ["Indicators[0].Kind"] = "Sum",
            ["Indicators[0].Field"] = "item", ["Indicators[0].Template"] = "投入资金{0}",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain("合计和比率只能引用数字字段");
        page.QuerySelector("input[name='Name']")!.GetAttribute("value").ShouldBe("投入台账");
        page.QuerySelector("input[name='Indicators[0].Template']")!.GetAttribute("value").ShouldBe("投入资金{0}");
    }
}
