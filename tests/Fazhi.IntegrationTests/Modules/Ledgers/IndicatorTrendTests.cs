using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Modules.Ledgers;

/// <summary>
/// Issue 18 §6: an indicator across years — a township's own, the county's townships side by side with the county
/// total — as a chart with its table, linked from the catalogue; the table's figures are the records of each year.
/// Today is 2026-11-23, so the trend shows 2022–2026.
/// </summary>
public sealed class IndicatorTrendTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string CasesFiled = "enforcement.cases-filed";
    private static readonly string[] FineOnly = ["罚款"];

    [Fact]
    public async Task Township_TrendTable_StatesEachYearsRecords_AndFollowsANewCaseIntoItsYearOnly()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var catalogue = Parse(await clerk.GetStringAsync("/workspace/indicators?year=2026"));
        var link = catalogue.QuerySelector($"tr[data-key='{CasesFiled}'] a.trend-link")!.GetAttribute("href")!;
        link.ShouldBe($"/workspace/indicators/trend?key={CasesFiled}&year=2026");

        var before = await TableAsync(clerk, link);
        before.Keys.ShouldBe([2022, 2023, 2024, 2025, 2026]);
        foreach (var year in new[] { 2022, 2025, 2026 })
        {
            before[year][0].ShouldBe(await CasesOfAsync("990100101000", year), $"{year}年");
        }

        var power = (await PowerAsync(clerk, "集镇建成区占道经营")).GetProperty("id").GetGuid();
        var officers = await CertifiedOfficersAsync(clerk);
        (await (await app.ClientForAsync("xiaojiang.officer")).SendAsync("/cases/on-the-spot", new
        {
            @case = NewCase(power, officers.Skip(20).Take(2), new DateOnly(2026, 11, 23), partyName: "梁秋菊", isMajor: false),
            kinds = FineOnly, fine = 50m, text = "当事人梁秋菊占道摆卖，当场处以罚款50元。",
        })).ShouldSucceed();

        var after = await TableAsync(clerk, link);
        after[2026][0].ShouldBe(Plus(before[2026][0], 1));
        after[2025][0].ShouldBe(before[2025][0]);
        // The chart draws the same rows, from a JSON block the page's script reads (no inline script).
        var page = Parse(await clerk.GetStringAsync(link));
        page.QuerySelector("[data-chart='chart-trend']").ShouldNotBeNull();
        page.QuerySelector("script#chart-trend")!.GetAttribute("type").ShouldBe("application/json");
        page.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/json").ShouldBeEmpty();
    }

    [Fact]
    public async Task County_SeesItsTownshipsSideBySide_AndTheTownshipsCannot()
    {
        var county = await app.ClientForAsync("county.reviewer");
        var catalogue = Parse(await county.GetStringAsync("/county/indicators?year=2026"));
        var link = catalogue.QuerySelector($"tr[data-key='{CasesFiled}'] a.trend-link")!.GetAttribute("href")!;

        var page = Parse(await county.GetStringAsync(link));
        var headers = page.QuerySelectorAll("#indicator-trend thead th").Select(h => h.TextContent.Trim()).ToList();
        headers.ShouldContain("小江镇");
        headers.ShouldContain("太霞乡");
        headers[^1].ShouldBe("全县");
        var table = Rows(page);
        foreach (var year in new[] { 2022, 2024, 2026 })
        {
            table[year][headers.IndexOf("小江镇") - 1].ShouldBe(await CasesOfAsync("990100101000", year), $"小江镇{year}年");
            table[year][headers.IndexOf("太霞乡") - 1].ShouldBe(await CasesOfAsync("990100102000", year), $"太霞乡{year}年");
            table[year][^1].ShouldBe(table[year].SkipLast(1).Sum(v => int.Parse(v, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
        }

        // A township reads its own trend only: the county's page turns it away (ADR 0002), its own shows its records.
        var taixia = await app.ClientForAsync("taixia.clerk");
        (await taixia.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.Found);
        var own = await TableAsync(taixia, $"/workspace/indicators/trend?key={CasesFiled}&year=2026");
        own[2022][0].ShouldBe(table[2022][headers.IndexOf("太霞乡") - 1]);
        // A key no source states is not a page.
        (await taixia.GetAsync("/workspace/indicators/trend?key=no.such-figure")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CountyTrend_WithTenMoreTownships_RunsTheSameNumberOfQueries()
    {
        // The second page of townships: the five demo townships fit on one page, the fifteen do not (12 a page).
        const string page = "/county/indicators/trend?key=documents.review-rate&year=2026&tpage=2";
        using var counter = new CommandCounter(app);
        var county = await app.ClientForAsync("county.reviewer");
        await county.GetAsync(page);   // warm
        // Both measured requests compute the figures afresh (ADR 0033 keeps them otherwise): what is counted is computing.
        EmptyFigureCache();
        var before = await counter.CountAsync(() => county.GetAsync(page));

        await app.WithDbAsync(async db =>
        {
            var countyId = await db.Set<Township>().Select(t => t.CountyId).FirstAsync();
            for (var i = 1; i <= 10; i++)
            {
                db.Add(new Township { CountyId = countyId, DivisionCode = $"9999991{i:00}000", Name = $"趋势测试第{i}乡", Kind = TownshipKind.Township, GovernmentName = $"趋势测试第{i}乡人民政府", ShortName = $"趋{i}" });
            }

            return await db.SaveChangesAsync();
        });
        var after = await app.ClientForAsync("county.reviewer");   // the county's townships are read at sign-in
        var text = "";
        EmptyFigureCache();
        var commands = await counter.CountAsync(async () =>
        {
            var response = await after.GetAsync(page);
            text = await response.Content.ReadAsStringAsync();
            return response;
        });

        before.ShouldBeGreaterThan(0);
        text.ShouldContain("趋势测试第10乡");
        commands.ShouldBe(before, $"{before} 条查询（5 个乡镇）与 {commands} 条（15 个乡镇）应当相同");

        // Fifteen townships are read twelve at a time, or found by name; the county column counts all fifteen.
        var first = Parse(await after.GetStringAsync("/county/indicators/trend?key=documents.review-rate&year=2026"));
        first.QuerySelectorAll("#indicator-trend thead th").Length.ShouldBe(1 + 12 + 1);
        first.QuerySelector("nav[aria-label='乡镇分页']")!.TextContent.ShouldContain("第 1 / 2 页，共 15 个乡镇");
        var found = Parse(await after.GetStringAsync("/county/indicators/trend?key=documents.review-rate&year=2026&q=第10乡"));
        found.QuerySelectorAll("#indicator-trend thead th").Select(h => h.TextContent.Trim()).ShouldBe(["年度", "趋势测试第10乡", "全县"]);
        Rows(found)[2026][^1].ShouldBe(Rows(first)[2026][^1]);
    }

    private void EmptyFigureCache() =>
        ((Microsoft.Extensions.Caching.Memory.MemoryCache)app.Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>()).Clear();

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Plus(string figure, int n) => (int.Parse(figure, CultureInfo.InvariantCulture) + n).ToString(CultureInfo.InvariantCulture);

    /// <summary>The trend table: by year, the value cells (townships, then the county total on the county's page).</summary>
    private static Dictionary<int, List<string>> Rows(IDocument page) =>
        page.QuerySelectorAll("#indicator-trend tbody tr").ToDictionary(
            tr => int.Parse(tr.GetAttribute("data-year")!, CultureInfo.InvariantCulture),
            tr => tr.QuerySelectorAll("td.text-end").Select(td => td.TextContent.Trim()).ToList());

    private static async Task<Dictionary<int, List<string>>> TableAsync(HttpClient client, string link) => Rows(Parse(await client.GetStringAsync(link)));

    /// <summary>The cases a township filed in a year, counted in the database.</summary>
    private Task<string> CasesOfAsync(string divisionCode, int year) => app.WithDbAsync(async db =>
    {
        var township = await db.Set<Township>().Where(t => t.DivisionCode == divisionCode).Select(t => t.Id).SingleAsync();
        return (await db.Set<EnforcementCase>().CountAsync(c => c.TownshipId == township && c.Year == year)).ToString(CultureInfo.InvariantCulture);
    });
}
