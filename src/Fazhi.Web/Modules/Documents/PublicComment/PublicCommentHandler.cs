using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Documents.PublicComment;

/// <summary>公开征求意见 through the shared consultation component (优化营商环境条例 第62条).</summary>
internal sealed class PublicCommentHandler(FazhiDbContext db, IConsultations consultations, IOptions<DocumentsOptions> options, TimeProvider clock)
{
    public async Task<ConsultationInfo?> OpenAsync(Guid id, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<PublicCommentRunByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var today = clock.Today();
        var version = document.Current;
        // 30 days for documents closely related to market actors (第62条), otherwise the working-day period.
        var period = DocumentDeadlines.PublicComment(options.Value, document.AffectsMarketActors);
        var info = await consultations.OpenAsync(new OpenConsultationRequest(
            document.TownshipId, DocumentDeadlines.Subject(document), $"关于公开征求《{version.Title}（征求意见稿）》意见的公告", version.Body, version.Explanation, period), today, ct);
        document.OpenPublicComment(info.Id, info.ClosesOn, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return info;
    }

    public async Task<NormativeDocument?> CompleteAsync(Guid id, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<PublicCommentRunByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var info = document.ConsultationId is { } cid ? await consultations.FindAsync(cid, clock.Today(), ct) : null;
        document.CompletePublicComment(info?.SummaryPublished == true, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return document;
    }
}

/// <summary>The drafting body opens and closes the public consultation (优化营商环境条例 第62条). Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class PublicCommentRunByClerkOrLeader() : WhoMayRule(
    "documents.public-comment.who", "公开征求意见由起草单位组织（优化营商环境条例第六十二条），须由法制员或领导操作。", Roles.LegalClerk, Roles.Leader);
