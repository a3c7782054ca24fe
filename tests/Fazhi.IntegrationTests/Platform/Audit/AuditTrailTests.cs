using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Organization.ManageUsers;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Audit;

public sealed class AuditTrailTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private Task<Township> TownshipAsync(string name) =>
        app.WithDbAsync(db => db.Set<Township>().AsNoTracking().SingleAsync(t => t.Name == name));

    private Task<List<AuditEntry>> EntriesForAsync(string recordType, string recordId) =>
        app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.RecordType == recordType && e.RecordId == recordId).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task EditTownship_ByAdminThroughThePage_RecordsWhoWhenAndTheChangedFieldsInTheTownshipChain()
    {
        var taixia = await TownshipAsync("太霞乡");
        var admin = await app.ClientForAsync("admin");
        var token = await FazhiApp.AntiforgeryTokenAsync(admin, $"/admin/townships/{taixia.Id}");

        var response = await admin.PostAsync($"/admin/townships/{taixia.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CountyId"] = taixia.CountyId.ToString(),
            ["Input.DivisionCode"] = taixia.DivisionCode,
            ["Input.Name"] = taixia.Name,
            ["Input.Kind"] = taixia.Kind.ToString(),
            ["Input.GovernmentName"] = taixia.GovernmentName,
            ["Input.ShortName"] = taixia.ShortName,
            ["Input.Introduction"] = taixia.Introduction,
            ["Input.PrincipalLeaderName"] = "赵书记",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var entry = (await EntriesForAsync("Township", taixia.Id.ToString())).Last();
        entry.Action.ShouldBe(AuditAction.Modified);
        entry.UserName.ShouldBe("系统管理员");
        entry.UserId.ShouldNotBeNull();
        entry.ChainKey.ShouldBe(taixia.Id.ToString());
        entry.TownshipId.ShouldBe(taixia.Id);
        entry.OccurredAt.ShouldBe(app.Clock.GetUtcNow());
        var changes = AuditTrailQueries.ParseChanges(entry.Changes);
        changes.ShouldHaveSingleItem().ShouldBe(new AuditFieldChange("PrincipalLeaderName", null, "赵书记", false));

        var history = await admin.GetStringAsync($"/admin/audit/{entry.Id}");
        history.ShouldContain("主要负责人");
        history.ShouldContain("赵书记");
        history.ShouldContain("与内容一致");
    }

    [Fact]
    public async Task SaveChanges_WhenTheDatabaseRefusesTheChange_LeavesNoAuditEntry()
    {
        var existing = await TownshipAsync("河市镇");
        var duplicate = new Township { CountyId = existing.CountyId, DivisionCode = existing.DivisionCode, Name = "重复镇", GovernmentName = "重复镇人民政府", ShortName = "重复府" };
        var countBefore = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());

        await Should.ThrowAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.Add(duplicate);
            return await db.SaveChangesAsync();
        }));

        (await EntriesForAsync("Township", duplicate.Id.ToString())).ShouldBeEmpty();
        (await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync())).ShouldBe(countBefore);
        var verdict = await app.InScopeAsync(TenantContext.System, sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(existing.Id.ToString(), default));
        verdict.IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task SaveChanges_WithRecordsOfTwoTownships_AppendsToEachTownshipsChain()
    {
        var xiaojiang = await TownshipAsync("小江镇");
        var heshi = await TownshipAsync("河市镇");
        var first = new Attachment { TownshipId = xiaojiang.Id, OwnerType = "Test", OwnerId = Guid.NewGuid(), Purpose = "测试", FileName = "a.pdf", Kind = AttachmentKind.Pdf, ContentType = "application/pdf", Size = 1, Sha256 = new string('1', 64), UploadedByName = "系统" };
        var second = new Attachment { TownshipId = heshi.Id, OwnerType = "Test", OwnerId = Guid.NewGuid(), Purpose = "测试", FileName = "b.pdf", Kind = AttachmentKind.Pdf, ContentType = "application/pdf", Size = 1, Sha256 = new string('2', 64), UploadedByName = "系统" };
        var headsBefore = await app.WithDbAsync(db => db.Set<AuditChainHead>().AsNoTracking().ToDictionaryAsync(h => h.ChainKey, h => h.Sequence));

        await app.WithDbAsync(async db =>
        {
            db.AddRange(first, second);
            return await db.SaveChangesAsync();
        });

        var firstEntry = (await EntriesForAsync("Attachment", first.Id.ToString())).ShouldHaveSingleItem();
        var secondEntry = (await EntriesForAsync("Attachment", second.Id.ToString())).ShouldHaveSingleItem();
        firstEntry.ChainKey.ShouldBe(xiaojiang.Id.ToString());
        firstEntry.Sequence.ShouldBe(headsBefore[xiaojiang.Id.ToString()] + 1);
        firstEntry.UserName.ShouldBe("系统");
        secondEntry.ChainKey.ShouldBe(heshi.Id.ToString());
        secondEntry.Sequence.ShouldBe(headsBefore[heshi.Id.ToString()] + 1);
        AuditTrailQueries.ParseChanges(firstEntry.Changes).ShouldContain(new AuditFieldChange("FileName", null, "a.pdf", false));
    }

    [Fact]
    public async Task ResetPassword_RecordsThatSecretsChangedButNeverTheirValues()
    {
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "touying.leader"));
        var admin = TenantContext.ForAdministrator(Guid.NewGuid(), "系统管理员");

        await app.InScopeAsync(admin, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<FazhiUser>>();
            var tracked = await users.FindByIdAsync(user.Id.ToString());
            await ActivatorUtilities.CreateInstance<UserAdministration>(sp).ResetPasswordAsync(tracked!, "NewPassword2026x");
            return 0;
        });

        var after = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        var entries = await EntriesForAsync("FazhiUser", user.Id.ToString());
        var passwordEntry = entries.Last(e => AuditTrailQueries.ParseChanges(e.Changes).Any(c => c.Field == "PasswordHash"));
        passwordEntry.ChainKey.ShouldBe(user.TownshipId.ToString());
        AuditTrailQueries.ParseChanges(passwordEntry.Changes).Single(c => c.Field == "PasswordHash").ShouldBe(new AuditFieldChange("PasswordHash", null, null, true));
        entries.ShouldAllBe(e => !e.Changes.Contains(after.PasswordHash!) && !e.Changes.Contains(user.PasswordHash!) && !e.Changes.Contains(after.SecurityStamp!));
    }

    [Fact]
    public async Task SaveChanges_WhenAnAuditEntryIsModifiedOrDeleted_IsRefused()
    {
        await Should.ThrowAsync<AuditTrailImmutableException>(() => app.WithDbAsync(async db =>
        {
            var entry = await db.Set<AuditEntry>().FirstAsync();
            db.Entry(entry).Property(e => e.UserName).CurrentValue = "冒名者";
            return await db.SaveChangesAsync();
        }));
        await Should.ThrowAsync<AuditTrailImmutableException>(() => app.WithDbAsync(async db =>
        {
            db.Remove(await db.Set<AuditEntry>().FirstAsync());
            return await db.SaveChangesAsync();
        }));
        await Should.ThrowAsync<AuditTrailImmutableException>(() => app.WithDbAsync(async db =>
        {
            db.Add(new AuditEntry { ChainKey = AuditChains.Platform, Sequence = 999, RecordType = "Forged", RecordId = "1" });
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task VerifyAudit_WhenNothingWasTampered_ReportsEveryChainIntactAndExitsZero()
    {
        using var output = new StringWriter();

        var exitCode = await app.Services.RunVerifyAuditCommandAsync(output);

        exitCode.ShouldBe(0);
        output.ToString().ShouldContain("小江镇（990100101000）：完整");
        output.ToString().ShouldContain("全部完整");
    }

    [Fact]
    public async Task VerifyApi_AsAdministrator_ReturnsEveryChainIntact()
    {
        var admin = await app.ClientForAsync("admin");

        var json = await admin.GetStringAsync("/api/admin/audit/verify");

        json.ShouldContain("\"isIntact\":true");
        json.ShouldNotContain("\"isIntact\":false");
        (await (await app.ClientForAsync("xiaojiang.clerk")).GetAsync("/api/admin/audit/verify")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AuditPage_FilteredByTownshipAndUser_ListsOnlyMatchingEntriesAndExportsExcel()
    {
        var dazhanglou = await TownshipAsync("大张楼镇");
        var admin = await app.ClientForAsync("admin");

        var html = await admin.GetStringAsync($"/admin/audit?Filter.Chain={dazhanglou.Id}&Filter.RecordType=Village&Filter.User=系统");
        var nobody = await admin.GetStringAsync($"/admin/audit?Filter.Chain={dazhanglou.Id}&Filter.User=不存在的人");
        var export = await admin.GetAsync($"/admin/audit?handler=Export&Filter.Chain={dazhanglou.Id}&Filter.RecordType=Village");

        html.ShouldContain("大张楼村");
        html.ShouldNotContain("小江村");
        html.ShouldContain("共 3 条");
        nobody.ShouldContain("没有符合条件的记录");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        bytes[..2].ShouldBe("PK"u8.ToArray());
    }

    [Fact]
    public async Task RecordHistory_ForATownship_ListsItsCreation()
    {
        var touying = await TownshipAsync("头营镇");

        var history = await app.InScopeAsync(TenantContext.System, sp => sp.GetRequiredService<AuditTrailQueries>().HistoryOfAsync<Township>(touying.Id, default));

        history[0].Action.ShouldBe(AuditAction.Added);
        history[0].UserName.ShouldBe("系统");
        history[0].Changes.ShouldContain(c => c.Field == "Name" && c.New == "头营镇");
    }
}
