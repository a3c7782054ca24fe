using System.Globalization;
using System.Text.RegularExpressions;
using Fazhi.Bench.Data;
using Fazhi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.County;

/// <summary>
/// The county at scale (ADR 0020): townships made by the benches' data generator (copies of the demo townships' records,
/// bench/Fazhi.Bench.Data) are on the county's dashboard and in its totals, and computing the dashboard for 25 townships
/// runs as many database commands for 30 townships as for 10.
/// </summary>
public sealed partial class CountyAtScaleTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string OnlyPostgres = "The data generator copies records in PostgreSQL's SQL (FAZHI_TEST_DB=postgres).";

    [Fact]
    public async Task Dashboard_WithGeneratedTownshipsOverTwoYears_ListsThemSumsTheirCasesAndRunsTheSameCommandsFor10And30()
    {
        Assert.SkipUnless(FazhiApp.UsesPostgres, OnlyPostgres);
        using var counter = new CommandCounter(app);
        var reviewer = await app.ClientForAsync("county.reviewer");
        var demo2022 = await CasesFiledAsync(reviewer, 2022);
        var demo2023 = await CasesFiledAsync(reviewer, 2023);
        demo2022.Total.ShouldBeGreaterThan(0, "演示数据 2022 年应有立案");
        demo2022.Townships.ShouldBe(5);
        var generator = await app.WithDbAsync(db => Task.FromResult(new DemoCopies(db.Model, db.Database.GetConnectionString()!)));

        // Each new township copies a demo township in turn, its records as they are and again a year earlier: its 2022
        // holds the demo township's 2022 cases and its 2023 cases moved back a year. The same years either time, so
        // only the number of townships differs between the two counts.
        (await generator.AddTownshipsAsync(townships: 5, years: 2)).RowsByTable["org_townships"].ShouldBe(5);
        var ten = await app.ClientForAsync("county.reviewer");   // the county's townships are read at sign-in
        var tenCommands = await counter.CountAsync(() => ComputedAfresh(() => ten.GetAsync("/county?year=2022")));
        (await generator.AddTownshipsAsync(townships: 20, years: 2)).RowsByTable["org_townships"].ShouldBe(20);
        var thirty = await app.ClientForAsync("county.reviewer");
        var thirtyCommands = await counter.CountAsync(() => ComputedAfresh(() => thirty.GetAsync("/county?year=2022")));
        var scaled = await CasesFiledAsync(thirty, 2022);

        scaled.Townships.ShouldBe(30);
        scaled.Total.ShouldBe(demo2022.Total + 5 * (demo2022.Total + demo2023.Total));
        thirtyCommands.ShouldBe(tenCommands, $"/county：10 个乡镇 {tenCommands} 条命令，30 个乡镇 {thirtyCommands} 条，应当相同");
    }

    /// <summary>The dashboard's cases filed (立案数) for the year: the townships in its table and the county total.</summary>
    private static async Task<(int Townships, int Total)> CasesFiledAsync(HttpClient client, int year)
    {
        var html = await client.GetStringAsync($"/county?year={year}&figure=enforcement.cases-filed");
        var table = html[html.IndexOf("id=\"figures-by-township\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var townships = TownshipRow().Count(table);
        var total = CountyTotal().Match(table);
        total.Success.ShouldBeTrue("督察首页应有全县合计");
        return (townships, int.Parse(total.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
    }

    /// <summary>The request with no figures kept from before: what is counted is computing them.</summary>
    private Task<HttpResponseMessage> ComputedAfresh(Func<Task<HttpResponseMessage>> request)
    {
        ((MemoryCache)app.Services.GetRequiredService<IMemoryCache>()).Clear();
        return request();
    }

    [GeneratedRegex("<tr data-township=\"(?!全县)[^\"]+\">")]
    private static partial Regex TownshipRow();

    [GeneratedRegex("全县合计</th><td class=\"text-end fw-bold\">([0-9,]+)")]
    private static partial Regex CountyTotal();
}
