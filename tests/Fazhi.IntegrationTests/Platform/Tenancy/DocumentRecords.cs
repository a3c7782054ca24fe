using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Consultation.Model;
using Fazhi.Modules.Documents.Model;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>How far a normative document of 太霞乡 has gone: each stage is the state a step's route needs.</summary>
internal enum DocumentProgress
{
    Draft,
    UnderLegalityReview,
    Reviewed,
    Deliberated,
    Registered,
    Issued,
    Published,

    /// <summary>Published and sent to the county for filing, not yet decided.</summary>
    Filed,

    /// <summary>The county ordered a correction (责令纠正): the township may reopen it.</summary>
    CorrectionOrdered,
}

/// <summary>
/// Normative documents, consultations and cleanups of 太霞乡, created through the real API as taixia.clerk, its legal
/// advisor, its leader and the county reviewer, as they would do it.
/// </summary>
internal static class DocumentRecords
{
    public const string Text = """
        第一条 为了规范集镇市容环境卫生管理，根据《城市市容和环境卫生管理条例》，结合本乡实际，制定本办法。
        第二条 本乡集镇建成区内的单位和个人，应当遵守本办法。
        第三条 沿街单位和个人实行门前三包责任制。
        """;

    /// <summary>A document of 太霞乡 brought to <paramref name="progress"/>; its id.</summary>
    public static async Task<Guid> DocumentAsync(FazhiApp app, DocumentProgress progress)
    {
        var id = await DraftAsync(app);
        if (progress == DocumentProgress.Draft)
        {
            return id;
        }

        var path = $"/api/workspace/documents/{id}";
        await Taixia.PostAsync(app, "clerk", $"{path}/legality-review", new { reviewerKind = 1, advisorUserName = "taixia.advisor" });
        if (progress == DocumentProgress.UnderLegalityReview)
        {
            return id;
        }

        await Taixia.PostAsync(app, "advisor", $"{path}/legality-review/opinion", new { opinion = 1, reasons = "制定主体、权限、程序合法，内容不违反上位法。" });
        if (progress == DocumentProgress.Reviewed)
        {
            return id;
        }

        await Taixia.PostAsync(app, "clerk", $"{path}/deliberation", new { meetingDate = Taixia.Today(app), attendees = "乡长、副乡长、党政办主任", decision = 1, minutes = "会议审议通过。" });
        if (progress == DocumentProgress.Deliberated)
        {
            return id;
        }

        await Taixia.PostAsync(app, "clerk", $"{path}/registration");
        if (progress == DocumentProgress.Registered)
        {
            return id;
        }

        await Taixia.PostAsync(app, "deputy", $"{path}/signatures", new { role = 1 });
        await Taixia.PostAsync(app, "leader", $"{path}/signatures", new { role = 2 });
        if (progress == DocumentProgress.Issued)
        {
            return id;
        }

        await Taixia.PostAsync(app, "clerk", $"{path}/publication", PublicationBody(app));
        if (progress == DocumentProgress.Published)
        {
            return id;
        }

        var filingId = (await Taixia.PostAsync(app, "clerk", $"{path}/filing")).GetGuid();
        if (progress == DocumentProgress.CorrectionOrdered)
        {
            await CountyDecisionAsync(app, filingId, accept: false);
        }

        return id;
    }

    public static object PublicationBody(FazhiApp app) => new { writtenOn = Taixia.Today(app), effectiveFrom = Taixia.Today(app) };

    /// <summary>The county's pending filing of a published document of 太霞乡.</summary>
    public static async Task<Guid> FilingAsync(FazhiApp app)
    {
        var id = await DocumentAsync(app, DocumentProgress.Published);
        return (await Taixia.PostAsync(app, "clerk", $"/api/workspace/documents/{id}/filing")).GetGuid();
    }

    private static async Task CountyDecisionAsync(FazhiApp app, Guid filingId, bool accept)
    {
        var county = await app.ClientForAsync("county.reviewer");
        var response = await county.PostAsync($"/api/county/filings/{filingId}/decision",
            Taixia.Json(new { accept, reasons = "第三条未写明违反门前三包的法律责任依据，责令纠正。" }));
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> DraftAsync(FazhiApp app) =>
        (await Taixia.PostAsync(app, "clerk", "/api/workspace/documents", new
        {
            title = "太霞乡集镇市容环境卫生管理办法", body = Text, explanation = "依据上位法起草。", obligations = false, marketActors = false, penalty = false,
        })).GetProperty("id").GetGuid();

    /// <summary>A public consultation on a draft of 太霞乡, open today.</summary>
    public static async Task<Guid> ConsultationAsync(FazhiApp app)
    {
        var id = await DraftAsync(app);
        return (await Taixia.PostAsync(app, "clerk", $"/api/workspace/documents/{id}/public-comment")).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// A consultation of 太霞乡 taken off the portal. No step of the application does that yet, so it is written
    /// directly: it proves the public routes read only what is public.
    /// </summary>
    public static async Task<Guid> HiddenConsultationAsync(FazhiApp app)
    {
        var id = await ConsultationAsync(app);
        await app.WithDbAsync(async db =>
        {
            var consultation = await db.Set<PublicConsultation>().SingleAsync(c => c.Id == id);
            consultation.IsPublic = false;
            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>A comment of the public on a consultation of 太霞乡, sent through the public API.</summary>
    public static async Task<Guid> CommentAsync(FazhiApp app)
    {
        var consultationId = await ConsultationAsync(app);
        var response = await app.Anonymous().PostAsync($"/api/consultations/{consultationId}/comments", Taixia.Json(new { article = 3, content = "建议明确门前三包的具体范围。", name = "李四" }));
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return await app.WithDbAsync(db => db.Set<ConsultationComment>().Where(c => c.ConsultationId == consultationId).Select(c => c.Id).SingleAsync());
    }

    /// <summary>
    /// A consultation of 太霞乡 whose period has ended. The period is counted from the day it opens, so its dates are
    /// moved back directly, as if it had been opened a month ago.
    /// </summary>
    public static async Task<(Guid DocumentId, Guid ConsultationId)> EndedConsultationAsync(FazhiApp app, bool summaryPublished)
    {
        var consultationId = await ConsultationAsync(app);
        var today = Taixia.Today(app);
        var documentId = await app.WithDbAsync(async db =>
        {
            var consultation = await db.Set<PublicConsultation>().SingleAsync(c => c.Id == consultationId);
            consultation.OpensOn = today.AddDays(-30);
            consultation.ClosesOn = today.AddDays(-20);
            await db.SaveChangesAsync();
            return consultation.SubjectId;
        });
        if (summaryPublished)
        {
            await Taixia.PostAsync(app, "clerk", $"/api/workspace/consultations/{consultationId}/summary");
        }

        return (documentId, consultationId);
    }

    /// <summary>A cleanup campaign of 太霞乡 listing its documents in force (at least one); with every item decided if asked.</summary>
    public static async Task<Guid> CleanupAsync(FazhiApp app, bool decided)
    {
        await DocumentAsync(app, DocumentProgress.Published);
        var campaign = await Taixia.PostAsync(app, "clerk", "/api/workspace/documents/cleanups", new { title = "2026年度规范性文件清理", reason = "定期清理" });
        var id = campaign.GetProperty("id").GetGuid();
        if (decided)
        {
            foreach (var item in campaign.GetProperty("items").EnumerateArray())
            {
                await Taixia.PostAsync(app, "clerk", $"/api/workspace/documents/cleanups/{id}/decisions",
                    new { documentId = item.GetProperty("documentId").GetGuid(), outcome = 1, reason = "符合上位法，继续有效。" });
            }
        }

        return id;
    }

    /// <summary>A document listed in the cleanup campaign whose id ends <paramref name="path"/>'s record segment.</summary>
    public static Task<Guid> DocumentInCleanupAsync(FazhiApp app, string path)
    {
        var campaignId = Guid.Parse(path.Split('/')[^2]);
        return app.WithDbAsync(async db => (await db.Set<CleanupCampaign>().SingleAsync(c => c.Id == campaignId)).Items[0].DocumentId);
    }
}
