using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;
using Fazhi.IntegrationTests.Modules.Reports;
using Fazhi.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Ledgers;

/// <summary>
/// A ledger the county defines (issue 18 §1, ADR 0036): every township of the county lists it, also one registered
/// later; townships enter rows as into their own; the county compares the townships on its indicators (catalogue,
/// console, its ledger list) and each township's report states the sentence. A township cannot revise it, a clerk
/// cannot define one, and a code a township already uses is refused, naming the township.
/// </summary>
public sealed class CountyLedgerTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string CountyApi = "/api/county/ledgers";

    private static object Definition(string key, string name = "安全生产检查台账") => new
    {
        key,
        name,
        heading = "安全生产依法监管",
        lead = "全年",
        part = 1,
        fields = new object[]
        {
            new { key = "people", label = "参加检查人员", kind = 3, required = true },
            new { key = "note", label = "检查情况", kind = 6, required = false },
        },
        indicators = new object[]
        {
            new { key = "checks", label = "安全生产检查", unit = "次", kind = 1, template = "开展安全生产检查{0}" },
            new { key = "people", label = "参加检查人员", unit = "人次", kind = 2, field = "people", template = "出动检查人员{0}" },
        },
    };

    private static async Task<string> LedgerIdAsync(HttpClient clerk, string name)
    {
        var list = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/ledgers"));
        var link = list.QuerySelectorAll("table.ledgers a").Single(a => a.TextContent == name);
        link.ParentElement!.QuerySelector(".county-defined").ShouldNotBeNull();
        return link.GetAttribute("href")!.Split('?')[0].Split('/')[^1];
    }

    private static async Task EnterAsync(HttpClient clerk, string id, string on, int people) =>
        (await clerk.PostJsonAsync($"/api/workspace/ledgers/{id}/entries", new { occurredOn = on, values = new Dictionary<string, string> { ["people"] = people.ToString(System.Globalization.CultureInfo.InvariantCulture) } }))
            .Status.ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task CountyDefines_EveryTownshipEnters_TheCountyComparesThem_AndTheReportStatesTheSentence()
    {
        var county = await app.ClientForAsync("county.reviewer");
        var defined = await county.PostJsonAsync(CountyApi, Definition("safety-checks"));
        defined.Status.ShouldBe(HttpStatusCode.OK, defined.Json.ToString());

        var xiaojiang = await app.ClientForAsync("xiaojiang.clerk");
        var taixia = await app.ClientForAsync("taixia.clerk");
        var xiaojiangLedger = await LedgerIdAsync(xiaojiang, "安全生产检查台账");
        var taixiaLedger = await LedgerIdAsync(taixia, "安全生产检查台账");
        xiaojiangLedger.ShouldNotBe(taixiaLedger);
        await EnterAsync(xiaojiang, xiaojiangLedger, "2025-03-01", 5);
        await EnterAsync(xiaojiang, xiaojiangLedger, "2025-09-01", 6);
        await EnterAsync(taixia, taixiaLedger, "2025-05-01", 4);

        var catalogue = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/indicators?year=2025"));
        catalogue.QuerySelector("tr[data-key='ledger.safety-checks.people']")!.Children[6].TextContent.ShouldBe("15");
        catalogue.QuerySelector("tr[data-key='ledger.safety-checks.checks']")!.Children[6].TextContent.ShouldBe("3");

        var console = new HtmlParser().ParseDocument(await county.GetStringAsync("/county?year=2025&figure=ledger.safety-checks.people"));
        console.QuerySelector("#figures-by-township tr[data-township='小江镇'] td")!.TextContent.ShouldBe("11");
        console.QuerySelector("#figures-by-township tr[data-township='太霞乡'] td")!.TextContent.ShouldBe("4");
        console.QuerySelector("#figures-by-township tfoot td")!.TextContent.ShouldBe("15");

        var list = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/ledgers?year=2025"));
        var row = list.QuerySelector("table.county-ledgers tr[data-key='safety-checks']")!;
        row.QuerySelector("td[data-township='小江镇']")!.TextContent.ShouldBe("2");
        row.QuerySelector("td[data-township='太霞乡']")!.TextContent.ShouldBe("1");
        row.QuerySelector("td.total")!.TextContent.ShouldBe("3");

        (await ReportScenario.DraftAsync(xiaojiang, 2025)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var report = new HtmlParser().ParseDocument(await xiaojiang.GetStringAsync("/workspace/reports/2025"));
        report.QuerySelector("section.card")!.TextContent.ShouldContain("全年开展安全生产检查2次，出动检查人员11人次。");
    }

    [Fact]
    public async Task ATownship_CannotReviseIt_OnPageOrApi_TheCountyRevisesItForAll_AndAClerkCannotDefineOne()
    {
        var county = await app.ClientForAsync("county.reviewer");
        (await county.PostJsonAsync(CountyApi, Definition("county-only", "县级专项台账"))).Status.ShouldBe(HttpStatusCode.OK);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await LedgerIdAsync(clerk, "县级专项台账");
        var revision = new
        {
            name = "县级专项台账", heading = "安全生产依法监管", lead = "全年", part = 1,
            fields = new object[] { new { key = "people", label = "参加检查人员", kind = 3, required = true } },
            indicators = Array.Empty<object>(),
        };

        var api = await clerk.PostJsonAsync($"/api/workspace/ledgers/{id}/versions", revision);
        api.ShouldBeRefusedBy("ledgers.county-defined");
        api.Json.GetProperty("detail").GetString()!.ShouldContain("由县级统一定义");
        var path = $"/workspace/ledgers/{id}/revise";
        var page = await clerk.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(clerk, path),
            ["Name"] = "县级专项台账", ["Heading"] = "安全生产依法监管", ["Lead"] = "全年", ["Part"] = "Achievements",
            ["Fields[0].Key"] = "people", ["Fields[0].Label"] = "参加检查人员", ["Fields[0].Kind"] = "PersonTimes",
        }));
        page.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await page.Content.ReadAsStringAsync()).ShouldContain("由县级统一定义");
        // Nor shadow it with a ledger of its own under the same code.
        (await clerk.PostJsonAsync("/api/workspace/ledgers", LedgerStepsTests.Definition("county-only"))).ShouldBeRefusedBy("ledgers.key-used");

        var countyLedger = await app.WithDbAsync(db => db.Set<Fazhi.Modules.Ledgers.Model.CountyLedger>().AsNoTracking().SingleAsync(c => c.Key == "county-only"));
        var revised = await county.PostJsonAsync($"{CountyApi}/{countyLedger.Id}/versions", revision);
        revised.Status.ShouldBe(HttpStatusCode.OK, revised.Json.ToString());
        revised.Json.GetProperty("version").GetInt32().ShouldBe(2);
        new HtmlParser().ParseDocument(await clerk.GetStringAsync($"/workspace/ledgers/{id}")).QuerySelector("h1 + p")!.TextContent.ShouldContain("第 2 版");

        var refused = await clerk.PostJsonAsync(CountyApi, Definition("clerk-county"));
        refused.Status.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.Found);
        (await clerk.GetAsync("/county/ledgers/new")).StatusCode.ShouldBe(HttpStatusCode.Found);
    }

    [Fact]
    public async Task ACodeATownshipAlreadyUses_IsRefused_NamingTheTownship()
    {
        var taixia = await app.ClientForAsync("taixia.clerk");
        (await taixia.PostJsonAsync("/api/workspace/ledgers", LedgerStepsTests.Definition("own-patrols"))).Status.ShouldBe(HttpStatusCode.OK);
        var county = await app.ClientForAsync("county.reviewer");

        var clash = await county.PostJsonAsync(CountyApi, Definition("own-patrols"));

        clash.ShouldBeRefusedBy("ledgers.county-key-used");
        clash.Json.GetProperty("detail").GetString().ShouldBe("以下乡镇已有代码为“own-patrols”的台账：太霞乡。县级台账的代码须在全县各乡镇均未使用，请换一个代码。");
        (await app.WithDbAsync(db => db.Set<Fazhi.Modules.Ledgers.Model.CountyLedger>().AnyAsync(c => c.Key == "own-patrols"))).ShouldBeFalse();
    }

    [Fact]
    public async Task ATownshipRegisteredLater_KeepsTheCountysLedgers()
    {
        var county = await app.ClientForAsync("county.reviewer");
        (await county.PostJsonAsync(CountyApi, Definition("before-new", "先于新乡镇的台账"))).Status.ShouldBe(HttpStatusCode.OK);
        var taixia = await app.WithDbAsync(db => db.Set<Township>().AsNoTracking().SingleAsync(t => t.Name == "太霞乡"));
        var admin = await app.ClientForAsync("admin");
        var code = taixia.DivisionCode[..9] + "987";

        var created = await admin.PostAsync("/admin/townships/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CountyId"] = taixia.CountyId.ToString(), ["Input.DivisionCode"] = code, ["Input.Name"] = "新设镇", ["Input.Kind"] = "Town",
            ["Input.GovernmentName"] = "新设镇人民政府", ["Input.ShortName"] = "新设府",
            ["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(admin, "/admin/townships/new"),
        }));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var township = await app.WithDbAsync(db => db.Set<Township>().AsNoTracking().SingleAsync(t => t.DivisionCode == code));
        var copies = await app.WithDbAsync(db => db.Set<Fazhi.Modules.Ledgers.Model.LedgerDefinition>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.TownshipId == township.Id).Select(d => d.Key).ToListAsync());
        copies.ShouldContain("before-new");
    }
}
