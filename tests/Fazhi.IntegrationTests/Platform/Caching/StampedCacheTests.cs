using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Caching;

/// <summary>
/// Figures kept per township under that township's record stamp (ADR 0039): the county's figures for all its townships
/// are computed once, a save in one township has that township alone computed again, and one request reads every
/// figure under the stamps it read first.
/// </summary>
public sealed class StampedCacheTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task AfterASaveInOneTownship_OnlyThatTownshipIsComputedAgain_AndTheOthersAreFoundKept()
    {
        var (ids, daZhangLou) = await TownshipsAsync();
        var probe = new Probe();

        var first = await app.InScopeAsync(TenantContext.System, services => probe.AskAsync(services, ids));
        var again = await app.InScopeAsync(TenantContext.System, services => probe.AskAsync(services, ids));
        await SaveInDaZhangLouAsync("grid-stamps-1");
        var afterSave = await app.InScopeAsync(TenantContext.System, services => probe.AskAsync(services, ids));

        probe.Asked.Count.ShouldBe(2);
        probe.Asked[0].ShouldBe(ids, ignoreOrder: true);
        ids.ShouldAllBe(id => again[id] == first[id]);
        probe.Asked[1].ShouldBe([daZhangLou]);
        afterSave[daZhangLou].ShouldNotBe(first[daZhangLou]);
        ids.Where(id => id != daZhangLou).ShouldAllBe(id => afterSave[id] == first[id]);
    }

    [Fact]
    public async Task WithinOneRequest_ASaveElsewhereDoesNotChangeWhatThePageReads_SoItsFiguresAgree()
    {
        var (ids, daZhangLou) = await TownshipsAsync();
        var probe = new Probe();

        var (before, during) = await app.InScopeAsync(TenantContext.System, async services =>
        {
            var before = await probe.AskAsync(services, ids);
            await SaveInDaZhangLouAsync("grid-stamps-2");
            return (before, await probe.AskAsync(services, ids));
        });
        var next = await app.InScopeAsync(TenantContext.System, services => probe.AskAsync(services, ids));

        probe.Asked.Count.ShouldBe(2);
        during[daZhangLou].ShouldBe(before[daZhangLou]);
        next[daZhangLou].ShouldNotBe(before[daZhangLou]);
    }

    [Fact]
    public async Task WhileAnotherRequestComputesTownships_ARequestWaitsForItsAnswer_AndComputesOnlyTheRest()
    {
        var probe = new Probe();
        var race = await VisitWhileTheOthersAreComputedAsync(probe);

        probe.Asked[1].ShouldBe([race.DaZhangLou], "the visit computes only the township nobody is computing");
        race.Release.SetResult();
        var first = await race.Computing;
        var seen = await race.Visit;

        probe.Asked.Count.ShouldBe(2);
        race.Others.ShouldAllBe(id => seen[id] == first[id], "and answers the others with what the first computed");
    }

    [Fact]
    public async Task WhenTheComputationWaitedForFails_TheWaitingRequestComputesThoseTownshipsItself()
    {
        var probe = new Probe { FailFirst = true };
        var race = await VisitWhileTheOthersAreComputedAsync(probe);
        race.Release.SetResult();

        await Should.ThrowAsync<InvalidOperationException>(race.Computing);
        var seen = await race.Visit;

        probe.Asked.Count.ShouldBe(3);
        probe.Asked[2].ShouldBe(race.Others, ignoreOrder: true);
        race.Others.ShouldAllBe(id => seen[id].EndsWith(":3", StringComparison.Ordinal));
    }

    /// <summary>
    /// The warm-up (or a first visitor) is computing every township but 大张楼镇, held at the probe's gate, when a county
    /// visit asks for all of them and has computed 大张楼镇.
    /// </summary>
    private async Task<Race> VisitWhileTheOthersAreComputedAsync(Probe probe)
    {
        var (ids, daZhangLou) = await TownshipsAsync();
        List<Guid> others = [.. ids.Where(id => id != daZhangLou)];
        var release = new TaskCompletionSource();
        probe.Gate = release.Task;
        var computing = app.InScopeAsync(TenantContext.System, services => probe.AskAsync(services, others));
        await probe.Began[0].Task;
        var visit = app.InScopeAsync(TenantContext.System, services => probe.AskAsync(services, ids));
        await probe.Began[1].Task;
        return new Race(others, daZhangLou, release, computing, visit);
    }

    private sealed record Race(
        List<Guid> Others, Guid DaZhangLou, TaskCompletionSource Release,
        Task<IReadOnlyDictionary<Guid, string>> Computing, Task<IReadOnlyDictionary<Guid, string>> Visit);

    private async Task<(List<Guid> Ids, Guid DaZhangLou)> TownshipsAsync()
    {
        var townships = await app.WithDbAsync(db => db.Set<Township>().Select(t => new { t.Id, t.Name }).ToListAsync());
        return ([.. townships.Select(t => t.Id)], townships.Single(t => t.Name == "大张楼镇").Id);
    }

    private async Task SaveInDaZhangLouAsync(string ledgerKey)
    {
        var clerk = await app.ClientForAsync("dazhanglou.clerk");
        (await clerk.PostJsonAsync("/api/workspace/ledgers", Modules.Ledgers.LedgerStepsTests.Definition(ledgerKey))).Status.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    /// <summary>
    /// A computation that notes which townships it was asked for and answers with a value new each time; the first can
    /// be held at <see cref="Gate"/> (and made to fail), so a second request finds it running.
    /// </summary>
    private sealed class Probe
    {
        private readonly object _what = ("probe", Guid.NewGuid());

        public List<Guid[]> Asked { get; } = [];

        public Task Gate { get; set; } = Task.CompletedTask;

        public bool FailFirst { get; set; }

        /// <summary>Each of the first three computations has begun.</summary>
        public TaskCompletionSource[] Began { get; } = [.. Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];

        public Task<IReadOnlyDictionary<Guid, string>> AskAsync(IServiceProvider services, IReadOnlyCollection<Guid> townships) =>
            services.GetRequiredService<StampedCache>().GetOrComputeEachAsync(_what, townships, async asked =>
            {
                int computation;
                lock (Asked)
                {
                    Asked.Add([.. asked]);
                    computation = Asked.Count;
                }

                if (computation <= Began.Length)
                {
                    Began[computation - 1].SetResult();
                }

                if (computation == 1)
                {
                    await Gate;
                    if (FailFirst)
                    {
                        throw new InvalidOperationException("the first computation failed");
                    }
                }

                return (IReadOnlyDictionary<Guid, string>)asked.ToDictionary(id => id, id => $"{id}:{computation}");
            }, CancellationToken.None);
    }
}
