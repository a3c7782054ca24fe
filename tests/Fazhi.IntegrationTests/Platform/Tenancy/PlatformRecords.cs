using System.Runtime.CompilerServices;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization.ManageTownships;
using Fazhi.Modules.Organization.ManageUsers;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>Platform records of 太霞乡: attachments and audit entries.</summary>
internal static class PlatformRecords
{
    /// <summary>The reviewer of a neighbouring county, whose county does not contain 太霞乡.</summary>
    public const string OtherCountyReviewer = "linxian.reviewer";

    private static readonly ConditionalWeakTable<FazhiApp, Task<string>> OtherCounties = new();

    /// <summary>Registers 邻县 and its reviewer once per app, through the same services as the administration pages.</summary>
    public static Task<string> OtherCountyReviewerAsync(FazhiApp app) => OtherCounties.GetValue(app, a =>
        a.InScopeAsync(Fazhi.Platform.Tenancy.TenantContext.System, async services =>
        {
            var county = await ActivatorUtilities.CreateInstance<TownshipRegistration>(services).CreateCountyAsync(new CountyInput
            {
                DivisionCode = "990200000000",
                Name = "邻县",
                OfficeName = "中共邻县县委全面依法治县委员会办公室",
            }, CancellationToken.None);
            await ActivatorUtilities.CreateInstance<UserAdministration>(services).CreateAsync(new UserInput
            {
                UserName = OtherCountyReviewer, DisplayName = "邻县司法局审查员", Position = "邻县司法局", Roles = [Roles.CountyReviewer], CountyId = county.Id,
            }, FazhiApp.DemoPassword);
            return OtherCountyReviewer;
        }));

    /// <summary>
    /// A notification of 太霞乡's legal advisor: a document of 太霞乡 sent to them for 合法性审核 tells them so.
    /// </summary>
    public static async Task<Guid> NotificationAsync(FazhiApp app)
    {
        var documentId = await DocumentRecords.DocumentAsync(app, DocumentProgress.UnderLegalityReview);
        return await app.WithDbAsync(db => db.Set<Fazhi.Platform.Notifications.Notification>()
            .Where(n => n.Url == $"/workspace/documents/{documentId}").Select(n => n.Id).SingleAsync());
    }

    /// <summary>A running deadline of 太霞乡 (a filed case's) with an extension request of its clerk waiting for a leader.</summary>
    public static async Task<Guid> RequestedExtensionAsync(FazhiApp app)
    {
        var deadline = await EnforcementRecords.DeadlineAsync(app);
        await Taixia.PostAsync(app, "clerk", $"/api/workspace/deadlines/{deadline}/extension-requests", new { days = 10, reason = "案情复杂，需补充调查取证。" });
        return deadline;
    }

    /// <summary>An attachment of 太霞乡 stored through the attachment store; made public when asked (as publication does).</summary>
    public static async Task<Guid> AttachmentAsync(FazhiApp app, bool isPublic)
    {
        // Files are filed under a record of the township: a draft document of 太霞乡.
        var ownerId = await DocumentRecords.DocumentAsync(app, DocumentProgress.Draft);
        return await AttachmentOfAsync(app, ownerId, isPublic);
    }

    private static Task<Guid> AttachmentOfAsync(FazhiApp app, Guid ownerId, bool isPublic) => Taixia.AsClerkAsync(app, async (services, townshipId) =>
    {
        var attachments = services.GetRequiredService<IAttachments>();
        // Unique bytes: the store is content-addressed and a shared blob would make two tests one.
        using var pdf = new MemoryStream(AttachmentUploads.UniquePdf("太霞乡"));
        var info = await attachments.AddAsync(townshipId, AttachmentUploads.OwnerType, ownerId, "公布文本", "太霞乡集镇市容环境卫生管理办法.pdf", pdf, CancellationToken.None);
        var db = services.GetRequiredService<FazhiDbContext>();
        await db.SaveChangesAsync();
        if (isPublic)
        {
            await attachments.SetPublicAsync(AttachmentUploads.OwnerType, ownerId, true, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        return info.Id;
    });

    /// <summary>The audit entry written when a village of 太霞乡 was registered.</summary>
    public static async Task<Guid> AuditEntryAsync(FazhiApp app)
    {
        var villageId = (await ForeignRecordRoutes.VillageOfOtherTownshipAsync(app)).ToString();
        return await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.RecordId == villageId).Select(e => e.Id).FirstAsync());
    }
}
