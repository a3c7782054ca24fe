using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Documents.PublicComment;

/// <summary>公开征求意见 through the shared consultation component (优化营商环境条例 第62条).</summary>
internal sealed class PublicCommentHandler(FazhiDbContext db, IConsultations consultations, IOptions<DocumentsOptions> options, TimeProvider clock)
{
    public async Task<ConsultationInfo?> OpenAsync(Guid id, DocumentActor actor, CancellationToken ct)
    {
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

    public async Task<NormativeDocument?> CompleteAsync(Guid id, DocumentActor actor, CancellationToken ct)
    {
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
