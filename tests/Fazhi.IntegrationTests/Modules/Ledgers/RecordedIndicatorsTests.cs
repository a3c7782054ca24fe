using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Modules.Ledgers;

/// <summary>
/// Issue 18 §4: indicators over what is already recorded — fines and penalty kinds, simple vs general procedure,
/// collective discussions, officers' exam, documents reviewed and cleaned up, decisions reviewed for legality, average
/// days — each year-true, answered for a set of townships with the same queries as for one, and kept out of the
/// drafted sentence the seeds do not state. Today is 2026-11-23.
/// </summary>
public sealed class RecordedIndicatorsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Xiaojiang = "990100101000";
    private static readonly string[] FineOnly = ["罚款"];
    private static readonly string[] WarningOnly = ["警告"];
    private static readonly string[] EnforcementKeys =
    [
        "enforcement.cases-filed", "enforcement.cases-simplified", "enforcement.cases-general", "enforcement.collective-discussions",
        "enforcement.decisions", "enforcement.fines-total", "enforcement.penalty.fine", "enforcement.penalty.warning",
    ];

    [Fact]
    public async Task CasesDecidedIn2026_CountInTheYearTheyWereDecided_NotIn2025_AndARevokedDecisionNoLonger()
    {
        var township = await TownshipAsync(Xiaojiang);
        var before2026 = await ValuesAsync(township, 2026);
        var before2025 = await ValuesAsync(township, 2025);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var power = (await PowerAsync(clerk, "集镇建成区占道经营")).GetProperty("id").GetGuid();
        var officers = await CertifiedOfficersAsync(clerk);

        // Two penalties on the spot (第五十一条): a fine of 100 yuan and a warning.
        (await officer.SendAsync("/cases/on-the-spot", new
        {
            @case = NewCase(power, officers.Skip(16).Take(2), new DateOnly(2026, 11, 23), partyName: "龙金凤", isMajor: false),
            kinds = FineOnly, fine = 100m, text = "当事人龙金凤占道摆卖，当场处以罚款100元。",
        })).ShouldSucceed();
        (await officer.SendAsync("/cases/on-the-spot", new
        {
            @case = NewCase(power, officers.Skip(18).Take(2), new DateOnly(2026, 11, 23), partyName: "欧阳秀", isMajor: false),
            kinds = WarningOnly, text = "当事人欧阳秀占道摆卖，经教育当场改正，予以警告。",
        })).ShouldSucceed();
        // A complex case under the general procedure, discussed collectively (第五十七条第二款) and fined 500 yuan.
        var filed = (await clerk.SendAsync("/cases", NewCase(power, officers.Skip(4).Take(2), new DateOnly(2026, 11, 2), partyName: "覃德明", isMajor: false, isComplex: true))).ShouldSucceed();
        var id = filed.GetProperty("id").GetGuid();
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片", collectedBy = "执法人员", collectedOn = "2026-11-03" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 500m, on = "2026-11-05" })).ShouldSucceed();
        (await officer.SendAsync($"/cases/{id}/statement", new { summary = "当事人对违法事实无异议，放弃陈述申辩。", waived = true })).ShouldSucceed();
        (await leader.SendAsync($"/cases/{id}/discussion", new { on = "2026-11-13", attendees = "镇长、分管副镇长、综合执法办主任、司法所所长", conclusion = "同意拟处罚意见。" })).ShouldSucceed();
        (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 500m, text = "经负责人集体讨论，决定处以罚款500元。", on = "2026-11-16" })).ShouldSucceed();

        var after = await ValuesAsync(township, 2026);
        after["enforcement.cases-filed"].ShouldBe(before2026["enforcement.cases-filed"] + 3);
        after["enforcement.cases-simplified"].ShouldBe(before2026["enforcement.cases-simplified"] + 2);
        after["enforcement.cases-general"].ShouldBe(before2026["enforcement.cases-general"] + 1);
        after["enforcement.collective-discussions"].ShouldBe(before2026["enforcement.collective-discussions"] + 1);
        after["enforcement.decisions"].ShouldBe(before2026["enforcement.decisions"] + 3);
        after["enforcement.fines-total"].ShouldBe(before2026["enforcement.fines-total"] + 600);
        after["enforcement.penalty.fine"].ShouldBe(before2026["enforcement.penalty.fine"] + 2);
        after["enforcement.penalty.warning"].ShouldBe(before2026["enforcement.penalty.warning"] + 1);
        // Year-true: nothing decided in 2026 changes 2025.
        Text(await ValuesAsync(township, 2025)).ShouldBe(Text(before2025));
        // None of the seed reports states a fine total: the drafted sentence leaves it to the catalogue and the county.
        (await GroupAsync(township, 2026, "enforcement")).Sentence.ShouldNotContain("罚款共计");

        // Revoked in November (第六十五条): the decision no longer stood at the end of 2026.
        (await leader.SendAsync($"/cases/{id}/revocation", new { on = "2026-11-20", reason = "复查发现适用依据错误。" })).ShouldSucceed();
        var revoked = await ValuesAsync(township, 2026);
        revoked["enforcement.decisions"].ShouldBe(before2026["enforcement.decisions"] + 2);
        revoked["enforcement.fines-total"].ShouldBe(before2026["enforcement.fines-total"] + 100);
        revoked["enforcement.collective-discussions"].ShouldBe(after["enforcement.collective-discussions"]);
    }

    [Fact]
    public async Task DemoYear2022_FiguresMatchTheRecordsBehindThem()
    {
        var township = await TownshipAsync(Xiaojiang);
        var (fines, closeDays, mediationDays) = await app.WithDbAsync(async db =>
        {
            var end = new DateOnly(2022, 12, 31);
            var decided = await db.Set<EnforcementCase>().Where(c => c.TownshipId == township && c.DecidedOn >= new DateOnly(2022, 1, 1) && c.DecidedOn <= end && (c.RevokedOn == null || c.RevokedOn > end))
                .Select(c => c.FineAmount).ToListAsync();
            var closed = await db.Set<EnforcementCase>().Where(c => c.TownshipId == township && c.Year == 2022 && c.ClosedOn != null && c.ClosedOn <= end)
                .Select(c => new { c.FiledOn, c.ClosedOn }).ToListAsync();
            var agreed = await db.Set<MediationCase>().Where(c => c.TownshipId == township && c.AcceptedOn >= new DateOnly(2022, 1, 1) && c.AcceptedOn <= end && c.AgreementEffectiveOn != null && c.AgreementEffectiveOn <= end)
                .Select(c => new { c.AcceptedOn, c.AgreementEffectiveOn }).ToListAsync();
            return (decided.Sum(f => f ?? 0m),
                closed.Count == 0 ? (decimal?)null : (decimal)Math.Round(closed.Average(c => c.ClosedOn!.Value.DayNumber - c.FiledOn.DayNumber), 1),
                agreed.Count == 0 ? (decimal?)null : Math.Round((decimal)agreed.Average(c => c.AgreementEffectiveOn!.Value.DayNumber - c.AcceptedOn.DayNumber), 1, MidpointRounding.AwayFromZero));
        });
        fines.ShouldBeGreaterThan(0m);

        var all = (await AllAsync(township, 2022)).ToDictionary(i => i.Key);

        all["enforcement.fines-total"].Value.ShouldBe(fines);
        all["enforcement.average-days-to-close"].Value.ShouldBe(closeDays);
        all["disputes.mediation-average-days"].Value.ShouldNotBeNull();
        all["disputes.mediation-average-days"].Value.ShouldBe(mediationDays);
        all["enforcement.cases-simplified"].Value!.Value.ShouldBe(all["enforcement.cases-filed"].Value!.Value - all["enforcement.cases-general"].Value!.Value);
        // The counts behind the rates the seeds state.
        all["documents.reviewed"].Value.ShouldBe(all["documents.review-rate"].Part);
        all["decisions.legality-reviewed"].Value.ShouldBe(all["decisions.legality-review-rate"].Part);
        (all["documents.cleanup-continued"].Value + all["documents.cleanup-amended"].Value + all["documents.cleanup-repealed"].Value + all["documents.cleanup-declared-invalid"].Value)
            .ShouldBe(all["documents.cleaned-up"].Value);
    }

    [Fact]
    public async Task EverySource_AnswersFiveTownshipsWithTheQueriesOfOne()
    {
        var townships = await app.WithDbAsync(db => db.Set<Township>().OrderBy(t => t.DivisionCode).Select(t => t.Id).ToListAsync());
        townships.Count.ShouldBeGreaterThanOrEqualTo(5);
        using var counter = new CommandCounter(app);
        await app.InScopeAsync(TenantContext.System, async services =>
        {
            foreach (var source in services.GetServices<IIndicatorSource>())
            {
                await source.ForTownshipsAsync(townships, 2022, CancellationToken.None);   // warm: the calendar, the compiled queries
                var one = await counter.CountWorkAsync(() => source.ForTownshipsAsync(townships.Take(1).ToList(), 2022, CancellationToken.None));
                var five = await counter.CountWorkAsync(() => source.ForTownshipsAsync(townships, 2022, CancellationToken.None));
                one.ShouldBeGreaterThan(0, source.GetType().Name);
                five.ShouldBe(one, $"{source.GetType().Name}: {one} 条查询（1 个乡镇）与 {five} 条（{townships.Count} 个乡镇）应当相同");
            }

            return 0;
        });
    }

    private Task<Guid> TownshipAsync(string divisionCode) =>
        app.WithDbAsync(db => db.Set<Township>().Where(t => t.DivisionCode == divisionCode).Select(t => t.Id).SingleAsync());

    private Task<List<Indicator>> AllAsync(Guid township, int year) => app.InScopeAsync(TenantContext.System, async services =>
    {
        var all = new List<Indicator>();
        foreach (var source in services.GetServices<IIndicatorSource>())
        {
            all.AddRange((await source.ForTownshipAsync(township, year, CancellationToken.None)).Indicators);
        }

        return all;
    });

    private async Task<Dictionary<string, decimal>> ValuesAsync(Guid township, int year) =>
        (await AllAsync(township, year)).Where(i => EnforcementKeys.Contains(i.Key)).ToDictionary(i => i.Key, i => i.Value ?? 0m);

    private static string Text(Dictionary<string, decimal> values) =>
        string.Join("；", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));

    private Task<IndicatorGroup> GroupAsync(Guid township, int year, string module) => app.InScopeAsync(TenantContext.System, async services =>
    {
        foreach (var source in services.GetServices<IIndicatorSource>())
        {
            var group = await source.ForTownshipAsync(township, year, CancellationToken.None);
            if (group.Module == module)
            {
                return group;
            }
        }

        throw new InvalidOperationException(module);
    });
}
