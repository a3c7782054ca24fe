using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.County;

/// <summary>
/// The county compares all its townships (ADR 0020): each indicator source answers for every township of the county
/// at once, so the number of database commands behind the county pages does not grow with the number of townships.
/// </summary>
public sealed class CountyQueryCountTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static readonly string[] Pages = ["/county", "/county/reports?year=2022"];

    [Fact]
    public async Task CountyPages_WithTenMoreTownships_RunTheSameNumberOfQueries()
    {
        using var counter = new CommandCounter(app);
        var before = new Dictionary<string, int>();
        var reviewer = await app.ClientForAsync("county.reviewer");
        foreach (var page in Pages)
        {
            await reviewer.GetAsync(page);   // warm: the calendar, the compiled queries
            before[page] = await counter.CountAsync(() => ComputedAfresh(() => reviewer.GetAsync(page)));
        }

        await AddTownshipsAsync(10);
        var after = await app.ClientForAsync("county.reviewer");   // the county's townships are read at sign-in
        foreach (var page in Pages)
        {
            var commands = await counter.CountAsync(() => ComputedAfresh(async () =>
            {
                var response = await after.GetAsync(page);
                response.EnsureSuccessStatusCode();
                (await response.Content.ReadAsStringAsync()).ShouldContain("测试第10乡");
                return response;
            }));

            commands.ShouldBe(before[page], $"{page}: {before[page]} 条查询（5 个乡镇）与 {commands} 条（15 个乡镇）应当相同");

            // Visited again with nothing changed, the page finds the figures it computed (ADR 0033) and reads less.
            var again = await counter.CountAsync(() => after.GetAsync(page));
            again.ShouldBeLessThan(commands, $"{page}: 再次打开应少于首次计算的 {commands} 条查询");
        }
    }

    /// <summary>The request with no figures kept from before: what is counted is computing them.</summary>
    private Task<HttpResponseMessage> ComputedAfresh(Func<Task<HttpResponseMessage>> request)
    {
        ((Microsoft.Extensions.Caching.Memory.MemoryCache)app.Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>()).Clear();
        return request();
    }

    private Task<int> AddTownshipsAsync(int count) => app.WithDbAsync(async db =>
    {
        var county = await db.Set<Township>().Select(t => t.CountyId).FirstAsync();
        for (var i = 1; i <= count; i++)
        {
            db.Add(new Township
            {
                CountyId = county,
                DivisionCode = $"9999990{i:00}000",
                Name = $"测试第{i}乡",
                Kind = TownshipKind.Township,
                GovernmentName = $"测试第{i}乡人民政府",
                ShortName = $"测{i}",
            });
        }

        return await db.SaveChangesAsync();
    });
}
