using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// The second half of tenancy in one place (ADR 0004): whatever a handler does, <see cref="FazhiDbContext"/> refuses to
/// save a record outside the caller's tenancy, and its query filter hides records the caller may not read.
/// </summary>
public sealed class SaveGuardTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private async Task<(Guid Xiaojiang, Guid Taixia, Guid County, List<Guid> All)> TownshipsAsync() =>
        await app.WithDbAsync(async db =>
        {
            var townships = await db.Set<Township>().ToListAsync();
            return (townships.Single(t => t.DivisionCode == "990100101000").Id,
                townships.Single(t => t.DivisionCode == "990100102000").Id,
                townships[0].CountyId,
                townships.Select(t => t.Id).ToList());
        });

    private static TenantContext Clerk(Guid countyId, Guid townshipId) =>
        TenantContext.ForTownship(Guid.NewGuid(), "小江镇法制员", countyId, townshipId);

    [Fact]
    public async Task SaveVillageOfAnotherTownship_WhenTownshipUser_ThrowsAndWritesNothing()
    {
        var (xiaojiang, taixia, county, _) = await TownshipsAsync();
        var name = "越权村" + Guid.NewGuid().ToString("N")[..6];

        await Should.ThrowAsync<TenantAccessDeniedException>(() => app.InScopeAsync(Clerk(county, xiaojiang), async services =>
        {
            var db = services.GetRequiredService<FazhiDbContext>();
            db.Add(new Village { TownshipId = taixia, Name = name, DivisionCode = "990100102901" });
            return await db.SaveChangesAsync();
        }));

        (await app.WithDbAsync(db => db.Set<Village>().CountAsync(v => v.Name == name))).ShouldBe(0);
    }

    [Fact]
    public async Task SaveVillageOfOwnTownship_WhenTownshipUser_IsWritten()
    {
        var (xiaojiang, _, county, _) = await TownshipsAsync();
        var name = "新设村" + Guid.NewGuid().ToString("N")[..6];

        await app.InScopeAsync(Clerk(county, xiaojiang), async services =>
        {
            var db = services.GetRequiredService<FazhiDbContext>();
            db.Add(new Village { TownshipId = xiaojiang, Name = name, DivisionCode = "990100101902" });
            return await db.SaveChangesAsync();
        });

        (await app.WithDbAsync(db => db.Set<Village>().CountAsync(v => v.Name == name && v.TownshipId == xiaojiang))).ShouldBe(1);
    }

    [Fact]
    public async Task ChangeVillageOfAnotherTownship_WhenAttachedByTownshipUser_ThrowsAndLeavesItUnchanged()
    {
        var (xiaojiang, _, county, _) = await TownshipsAsync();
        var villageId = await ForeignRecordRoutes.VillageOfOtherTownshipAsync(app);
        var original = await app.WithDbAsync(db => db.Set<Village>().Where(v => v.Id == villageId).Select(v => v.Name).SingleAsync());

        await Should.ThrowAsync<TenantAccessDeniedException>(() => app.InScopeAsync(Clerk(county, xiaojiang), async services =>
        {
            var db = services.GetRequiredService<FazhiDbContext>();
            // The filter hides it, so a handler could only reach it by attaching an object it built itself.
            (await db.Set<Village>().AnyAsync(v => v.Id == villageId)).ShouldBeFalse();
            var forged = new Village { Id = villageId, TownshipId = (await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100102000")).Id };
            db.Attach(forged);
            forged.Name = "被篡改的村";
            return await db.SaveChangesAsync();
        }));

        (await app.WithDbAsync(db => db.Set<Village>().Where(v => v.Id == villageId).Select(v => v.Name).SingleAsync())).ShouldBe(original);
    }

    [Fact]
    public async Task ChangeTownshipRecord_WhenCountyReviewer_ThrowsBecauseItIsNotCountyWritable()
    {
        var (_, _, county, all) = await TownshipsAsync();
        var villageId = await ForeignRecordRoutes.VillageOfOtherTownshipAsync(app);
        var original = await app.WithDbAsync(db => db.Set<Village>().Where(v => v.Id == villageId).Select(v => v.Name).SingleAsync());
        var reviewer = TenantContext.ForCounty(Guid.NewGuid(), "县级审查员", county, all);

        await Should.ThrowAsync<TenantAccessDeniedException>(() => app.InScopeAsync(reviewer, async services =>
        {
            var db = services.GetRequiredService<FazhiDbContext>();
            // The county reads every township of the county …
            var village = await db.Set<Village>().SingleAsync(v => v.Id == villageId);
            // … but a village is the township's record, not a county step (Village is not ICountyWritable).
            village.Name = "县里改的名";
            return await db.SaveChangesAsync();
        }));

        (await app.WithDbAsync(db => db.Set<Village>().Where(v => v.Id == villageId).Select(v => v.Name).SingleAsync())).ShouldBe(original);
    }

    [Fact]
    public async Task ChangeLedgerTheTownshipDefined_WhenCountyReviewer_ThrowsBecauseOnlyTheCountysCopiesAreItsToWrite()
    {
        // LedgerDefinition is county-writable for the county's copies (ADR 0036); this one the township defined.
        var (ledgerId, original) = await ChangeTownshipLedgerAsCountyAsync((db, ledger) =>
            db.Entry(ledger).Property(l => l.Name).CurrentValue = "县里改的台账");

        (await app.WithDbAsync(db => db.Set<Fazhi.Modules.Ledgers.Model.LedgerDefinition>().Where(l => l.Id == ledgerId).Select(l => l.Name).SingleAsync()))
            .ShouldBe(original);
    }

    [Fact]
    public async Task ClaimLedgerTheTownshipDefined_WhenCountyReviewer_ThrowsBecauseTheRowWasNotTheCountysBeforeTheChange()
    {
        // Naming a county definition in the same save would make the row read as the county's copy: the guard judges the
        // row as it was before the change too.
        var (ledgerId, original) = await ChangeTownshipLedgerAsCountyAsync((db, ledger) =>
        {
            db.Entry(ledger).Property(l => l.CountyLedgerId).CurrentValue = Guid.NewGuid();
            db.Entry(ledger).Property(l => l.Name).CurrentValue = "县里改的台账";
        });

        (await app.WithDbAsync(db => db.Set<Fazhi.Modules.Ledgers.Model.LedgerDefinition>().Where(l => l.Id == ledgerId).Select(l => new { l.Name, l.CountyLedgerId }).SingleAsync()))
            .ShouldBe(new { Name = original, CountyLedgerId = (Guid?)null });
    }

    /// <summary>
    /// As the county reviewer, loads a ledger a township defined, applies <paramref name="change"/> and saves, which the
    /// guard must refuse; returns the ledger and its name before.
    /// </summary>
    private async Task<(Guid LedgerId, string Name)> ChangeTownshipLedgerAsCountyAsync(Action<FazhiDbContext, Fazhi.Modules.Ledgers.Model.LedgerDefinition> change)
    {
        var (_, _, county, all) = await TownshipsAsync();
        var reviewer = TenantContext.ForCounty(Guid.NewGuid(), "县级审查员", county, all);
        var (ledgerId, original) = await app.WithDbAsync(db => db.Set<Fazhi.Modules.Ledgers.Model.LedgerDefinition>()
            .Where(l => l.CountyLedgerId == null).Select(l => new ValueTuple<Guid, string>(l.Id, l.Name)).FirstAsync());

        await Should.ThrowAsync<TenantAccessDeniedException>(() => app.InScopeAsync(reviewer, async services =>
        {
            var db = services.GetRequiredService<FazhiDbContext>();
            change(db, await db.Set<Fazhi.Modules.Ledgers.Model.LedgerDefinition>().SingleAsync(l => l.Id == ledgerId));
            return await db.SaveChangesAsync();
        }));
        return (ledgerId, original);
    }

    [Fact]
    public async Task ReadVillages_WhenAnonymous_SeesNone()
    {
        var total = await app.WithDbAsync(db => db.Set<Village>().CountAsync());

        var seen = await app.InScopeAsync(TenantContext.Anonymous, services => services.GetRequiredService<FazhiDbContext>().Set<Village>().CountAsync());

        total.ShouldBeGreaterThan(0);
        seen.ShouldBe(0);
    }

    [Fact]
    public async Task ReadVillages_WhenTownshipUser_SeesOnlyOwnTownship()
    {
        var (xiaojiang, _, county, _) = await TownshipsAsync();

        var townships = await app.InScopeAsync(Clerk(county, xiaojiang), services =>
            services.GetRequiredService<FazhiDbContext>().Set<Village>().Select(v => v.TownshipId).Distinct().ToListAsync());

        townships.ShouldBe([xiaojiang]);
    }
}
