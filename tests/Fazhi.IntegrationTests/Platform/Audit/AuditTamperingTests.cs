using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Audit;

/// <summary>Tampers with the stored trail, so it has its own application instance.</summary>
public sealed class AuditTamperingTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private Task<AuditChainVerification> VerifyAsync(string chain) =>
        app.InScopeAsync(TenantContext.System, sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(chain, default));

    [Fact]
    public async Task Verify_WhenAnEntryIsAlteredWithRawSql_NamesExactlyThatEntryAsTheFirstBrokenOne()
    {
        var touying = await app.WithDbAsync(db => db.Set<Township>().AsNoTracking().SingleAsync(t => t.Name == "头营镇"));
        var chain = touying.Id.ToString();
        (await VerifyAsync(chain)).IsIntact.ShouldBeTrue();
        var victim = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.ChainKey == chain && e.Sequence == 3));

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"aud_entries\" SET \"UserName\" = {0} WHERE \"ChainKey\" = {1} AND \"Sequence\" = {2}", "冒名者", chain, 3L));

        var verdict = await VerifyAsync(chain);
        verdict.IsIntact.ShouldBeFalse();
        verdict.FirstBreak!.Sequence.ShouldBe(3);
        verdict.FirstBreak.EntryId.ShouldBe(victim.Id);
        verdict.FirstBreak.OccurredAt.ShouldBe(victim.OccurredAt);
        verdict.FirstBreak.Problem.ShouldContain("内容哈希不符");
        (await VerifyAsync(AuditChains.Platform)).IsIntact.ShouldBeTrue();

        var admin = await app.ClientForAsync("admin");
        var token = await FazhiApp.AntiforgeryTokenAsync(admin, "/admin/audit");
        var page = await (await admin.PostAsync("/admin/audit?handler=Verify", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }))).Content.ReadAsStringAsync();
        page.ShouldContain("已损坏");
        page.ShouldContain($"首个异常：第 3 条");
        page.ShouldContain(victim.Id.ToString());

        using var output = new StringWriter();
        var exitCode = await app.Services.RunVerifyAuditCommandAsync(output);
        exitCode.ShouldBe(AuditModule.BrokenChainExitCode);
        output.ToString().ShouldContain($"头营镇（990100103000）：已损坏，首个异常为第 3 条记录（编号 {victim.Id}");
    }

    [Fact]
    public async Task Verify_WhenAnEntryIsDeletedWithRawSql_NamesTheEntryAfterTheGap()
    {
        var heshi = await app.WithDbAsync(db => db.Set<Township>().AsNoTracking().SingleAsync(t => t.Name == "河市镇"));
        var chain = heshi.Id.ToString();
        var next = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().SingleAsync(e => e.ChainKey == chain && e.Sequence == 3));

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"aud_entries\" WHERE \"ChainKey\" = {0} AND \"Sequence\" = {1}", chain, 2L));

        var verdict = await VerifyAsync(chain);
        verdict.FirstBreak!.EntryId.ShouldBe(next.Id);
        verdict.FirstBreak.Problem.ShouldContain("序号不连续");
    }

    [Fact]
    public async Task Verify_WhenTheLastEntriesAreDeleted_ReportsTheShortenedChain()
    {
        var dazhanglou = await app.WithDbAsync(db => db.Set<Township>().AsNoTracking().SingleAsync(t => t.Name == "大张楼镇"));
        var chain = dazhanglou.Id.ToString();
        var last = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.ChainKey == chain).MaxAsync(e => e.Sequence));

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"aud_entries\" WHERE \"ChainKey\" = {0} AND \"Sequence\" = {1}", chain, last));

        var verdict = await VerifyAsync(chain);
        verdict.FirstBreak!.Problem.ShouldContain("链尾不符");
        verdict.FirstBreak.Sequence.ShouldBe(last);
    }
}
