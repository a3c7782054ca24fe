using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.County.Figures;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.County;

/// <summary>
/// The county's figures are computed ahead after start-up and each midnight (ADR 0039), so the first county visit of
/// the day finds them and computes nothing.
/// </summary>
public sealed class FiguresWarmUpTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static readonly string[] Pages = ["/county", "/county/reports", "/county/indicators"];

    [Fact]
    public async Task CountyPages_AfterTheWarmUp_RunNoMoreQueriesThanAVisitThatFindsEverythingKept()
    {
        using var counter = new CommandCounter(app);
        var reviewer = await app.ClientForAsync("county.reviewer");
        foreach (var page in Pages)
        {
            await reviewer.GetAsync(page);   // the calendar, the compiled queries, the keys each source states
        }

        foreach (var page in Pages)
        {
            Forget();
            var computing = await counter.CountAsync(() => reviewer.GetAsync(page));
            Forget();
            await app.Services.GetRequiredService<FiguresWarmUp>().RunOnceAsync(CancellationToken.None);
            var warmed = await counter.CountAsync(() => reviewer.GetAsync(page));
            var again = await counter.CountAsync(() => reviewer.GetAsync(page));

            warmed.ShouldBe(again, $"{page}：预先计算后首次打开 {warmed} 条查询，应与再次打开的 {again} 条相同");
            warmed.ShouldBeLessThan(computing, $"{page}：预先计算后 {warmed} 条查询，应少于现算的 {computing} 条");
        }
    }

    private void Forget() => ((MemoryCache)app.Services.GetRequiredService<IMemoryCache>()).Clear();
}
