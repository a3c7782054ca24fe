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
/// runs as many database commands as for the 5 of the demo.
/// </summary>
public sealed partial class CountyAtScaleTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string OnlyPostgres = "The data generator copies records in PostgreSQL's SQL (FAZHI_TEST_DB=postgres).";

    [Fact]
    public async Task Dashboard_WithTwentyGeneratedTownshipsOverTwoYears_ListsThemSumsTheirCasesAndRunsTheSameCommands()
    {
        Assert.SkipUnless(FazhiApp.UsesPostgres, OnlyPostgres);
        using var counter = new CommandCounter(app);
        var reviewer = await app.ClientForAsync("county.reviewer");
        await reviewer.GetAsync("/county");   // warm: the calendar, the compiled queries
        var demoCommands = await counter.CountAsync(() => ComputedAfresh(() => reviewer.GetAsync("/county?year=2022")));
        var demo2022 = await CasesFiledAsync(reviewer, 2022);
        var demo2023 = await CasesFiledAsync(reviewer, 2023);
        demo2022.Total.ShouldBeGreaterThan(0, "演示数据 2022 年应有立案");

        var generator = await app.WithDbAsync(db => Task.FromResult(new DemoCopies(db.Model, db.Database.GetConnectionString()!)));
        var made = await generator.AddTownshipsAsync(townships: 20, years: 2);
        made.RowsByTable["org_townships"].ShouldBe(20);

        var after = await app.ClientForAsync("county.reviewer");   // the county's townships are read at sign-in
        var commands = await counter.CountAsync(() => ComputedAfresh(() => after.GetAsync("/county?year=2022")));
        var scaled = await CasesFiledAsync(after, 2022);

        scaled.Townships.ShouldBe(25);
        // Each demo township is copied into 20 / 5 = 4 new townships, each holding its records as they are and again a
        // year earlier: a copy's 2022 holds the demo township's 2022 cases and its 2023 cases moved back a year.
        demo2022.Townships.ShouldBe(5);
        scaled.Total.ShouldBe(demo2022.Total + 4 * (demo2022.Total + demo2023.Total));
        commands.ShouldBe(demoCommands, $"/county：5 个乡镇 {demoCommands} 条命令，25 个乡镇 {commands} 条，应当相同");
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
