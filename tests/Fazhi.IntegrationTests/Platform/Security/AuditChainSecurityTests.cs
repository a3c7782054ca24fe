using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Platform.Tenancy;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>
/// Issue 13 item 5: each township's records, children included, go into that township's chain, so writers of different
/// townships never conflict and the public is never answered 409; the content of what is published is checked against
/// the chain, so a fine edited directly in the database is reported by <c>verify-audit</c>.
/// </summary>
public sealed class AuditChainSecurityTests(FazhiApp app, ITestOutputHelper output) : IClassFixture<FazhiApp>
{
    private const int WritersPerKind = 8;

    [Fact]
    public async Task ConcurrentWriters_InTwoTownships_AndThePublic_AreNeverAnswered409_AndChildrenJoinTheirTownshipsChain()
    {
        var xiaojiangCase = await XiaojiangCaseAsync();
        var taixiaCase = await EnforcementRecords.CaseAsync(app, CaseProgress.Filed);
        // Evidence is gathered by officers (《行政处罚法》第四十二条).
        var xiaojiang = await app.ClientForAsync("xiaojiang.officer");
        var taixia = await Taixia.ClientAsync(app, "officer");
        var today = Taixia.Today(app).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        object Evidence(int i) => new { kind = "书证", description = $"并发取证材料第 {i} 份", collectedBy = "执法人员", collectedOn = today, processStep = "调查取证" };
        object Complaint(int i) => new { name = "陈国华", phone = "13500001111", content = $"第 {i} 次反映：集镇主街夜间占道经营，影响通行，请依法处理。" };

        var writes = new List<(string Who, Task<HttpResponseMessage> Response)>();
        for (var i = 0; i < WritersPerKind; i++)
        {
            writes.Add(("小江镇执法（证据）", xiaojiang.PostAsJsonAsync($"{Base}/cases/{xiaojiangCase}/evidence", Evidence(i))));
            writes.Add(("太霞乡执法（证据）", taixia.PostAsJsonAsync($"{Base}/cases/{taixiaCase}/evidence", Evidence(i))));
            writes.Add(("公众投诉（小江镇）", app.Anonymous().PostAsJsonAsync("/api/portal/enforcement/990100101000/complaints", Complaint(i))));
            writes.Add(("公众投诉（太霞乡）", app.Anonymous().PostAsJsonAsync($"/api/portal/enforcement/{Taixia.Code}/complaints", Complaint(i))));
        }

        await Task.WhenAll(writes.Select(w => w.Response));
        var answers = writes.Select(w => (w.Who, Status: w.Response.Result.StatusCode)).ToList();
        foreach (var who in answers.GroupBy(a => a.Who))
        {
            output.WriteLine($"{who.Key}：{string.Join("，", who.GroupBy(a => (int)a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}"))}");
        }

        answers.Where(a => a.Status == HttpStatusCode.Conflict).ShouldBeEmpty("并发写入不得得到 409");
        // A limit on anonymous submissions (429) is a refusal the public is told about; anything else must succeed.
        answers.Where(a => !((int)a.Status is >= 200 and < 300) && !(a.Who.StartsWith("公众", StringComparison.Ordinal) && a.Status == HttpStatusCode.TooManyRequests))
            .ShouldBeEmpty();

        var (xiaojiangId, taixiaId) = await TownshipIdsAsync();
        var evidenceChains = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.RecordType == "EvidenceItem").Select(e => e.ChainKey).Distinct().ToListAsync());
        evidenceChains.ShouldNotContain(AuditChains.Platform);
        evidenceChains.ShouldContain(xiaojiangId.ToString());
        evidenceChains.ShouldContain(taixiaId.ToString());
        foreach (var township in new[] { xiaojiangId, taixiaId })
        {
            var verdict = await VerifyAsync(township.ToString());
            verdict.IsIntact.ShouldBeTrue(AuditModule.Describe(verdict));
        }
    }

    [Fact]
    public async Task ChildRecord_SavedWithoutItsParentLoaded_JoinsTheParentsTownshipChain()
    {
        var taixiaCase = await EnforcementRecords.CaseAsync(app, CaseProgress.Filed);
        var (_, taixiaId) = await TownshipIdsAsync();
        var tenant = await Taixia.ClerkAsync(app);

        var evidenceId = await app.InScopeAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<Fazhi.Platform.Data.FazhiDbContext>();
            var item = new Fazhi.Modules.Enforcement.Cases.EvidenceItem { CaseId = taixiaCase, Kind = "视听资料", Description = "执法记录仪录像", CollectedBy = "王建国", CollectedOn = Taixia.Today(app), ProcessStep = "调查取证" };
            db.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

        var entry = await app.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.RecordType == "EvidenceItem" && e.RecordId == evidenceId.ToString()));
        entry.ChainKey.ShouldBe(taixiaId.ToString());
        entry.TownshipId.ShouldBe(taixiaId);
    }

    [Fact]
    public async Task DirectDatabaseEdit_OfAPublishedFineOrDocumentText_IsReportedByVerifyAudit()
    {
        var (xiaojiangId, _) = await TownshipIdsAsync();
        var disclosure = await app.WithDbAsync(db => db.Set<PenaltyDisclosure>().AsNoTracking()
            .Where(d => d.IsPublic && d.TownshipId == xiaojiangId && d.FineAmount > 1).OrderBy(d => d.DecisionNumber).FirstAsync());
        var fine = disclosure.FineAmount!.Value.ToString("0.##", CultureInfo.InvariantCulture);
        var (before, beforeText) = await VerifyAuditCommandAsync();
        before.ShouldBe(0, beforeText);

        // What the issue's tester did: the fine of a published decision changed in the database, 2000 → 1.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"enf_disclosures\" SET \"FineAmount\" = 1 WHERE \"DecisionNumber\" = {0}", disclosure.DecisionNumber));
        try
        {
            var (exitCode, text) = await VerifyAuditCommandAsync();
            exitCode.ShouldBe(AuditModule.BrokenChainExitCode);
            text.ShouldContain("小江镇（990100101000）：公开内容被改动");
            text.ShouldContain($"PenaltyDisclosure {disclosure.Id} 的 FineAmount：审计链记载为“{fine}”，数据库中为“1”");
        }
        finally
        {
            await app.WithDbAsync(db => db.Set<PenaltyDisclosure>().Where(d => d.Id == disclosure.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.FineAmount, disclosure.FineAmount)));
        }

        (await VerifyAuditCommandAsync()).ExitCode.ShouldBe(0);

        // A record that hangs from a published one is public too: the text of a published document's version.
        var version = await app.WithDbAsync(db => db.Set<DocumentVersion>().AsNoTracking()
            .Where(v => db.Set<NormativeDocument>().Any(d => d.Id == v.DocumentId && d.IsPublic && d.TownshipId == xiaojiangId))
            .OrderBy(v => v.Id).FirstAsync());
        await app.WithDbAsync(db => db.Set<DocumentVersion>().Where(v => v.Id == version.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Body, "（正文被改写）")));
        var (documentExit, documentText) = await VerifyAuditCommandAsync();
        documentExit.ShouldBe(AuditModule.BrokenChainExitCode);
        documentText.ShouldContain($"DocumentVersion {version.Id} 的 Body");
        await app.WithDbAsync(db => db.Set<DocumentVersion>().Where(v => v.Id == version.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Body, version.Body)));
        (await VerifyAuditCommandAsync()).ExitCode.ShouldBe(0);
    }

    private async Task<(int ExitCode, string Text)> VerifyAuditCommandAsync()
    {
        using var writer = new StringWriter();
        var exitCode = await app.Services.RunVerifyAuditCommandAsync(writer);
        return (exitCode, writer.ToString());
    }

    private Task<AuditChainVerification> VerifyAsync(string chain) =>
        app.InScopeAsync(TenantContext.System, sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(chain, default));

    private Task<(Guid Xiaojiang, Guid Taixia)> TownshipIdsAsync() => app.WithDbAsync(async db =>
        (await db.Set<Township>().Where(t => t.DivisionCode == "990100101000").Select(t => t.Id).SingleAsync(),
         await db.Set<Township>().Where(t => t.DivisionCode == Taixia.Code).Select(t => t.Id).SingleAsync()));

    /// <summary>A case of 小江镇 filed today through the API, ready to receive evidence.</summary>
    private async Task<Guid> XiaojiangCaseAsync()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        var created = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Skip(6).Take(2), Taixia.Today(app), partyName: "林志坚", isMajor: false)))
            .ShouldSucceed();
        return created.GetProperty("id").GetGuid();
    }
}
