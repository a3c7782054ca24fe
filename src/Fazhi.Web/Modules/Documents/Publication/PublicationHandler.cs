using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Contracts;
using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Documents.Rules;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Documents.Publication;

public sealed record PublishRequest(
    [MaxLength(100, ErrorMessage = "索引号不超过 100 字。")] string? IndexNumber,
    [Required(ErrorMessage = "请填写成文日期。")] DateOnly? WrittenOn,
    [Required(ErrorMessage = "请填写施行日期。")] DateOnly? EffectiveFrom,
    [MaxLength(50, ErrorMessage = "公开方式不超过 50 字。")] string? DisclosureMode);

/// <summary>公布 on the portal with disclosure metadata (政府信息公开条例 第20条; 优化营商环境条例 第64条第2款).</summary>
internal sealed class PublicationHandler(FazhiDbContext db, IDeadlines deadlines, IAttachments attachments, Filing.FilingHandler filing, IDisclosureCatalogue catalogue, IOptions<DocumentsOptions> options, TimeProvider clock)
{
    public async Task<NormativeDocument?> PublishAsync(Guid id, PublishRequest request, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<PublicationByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        BusinessRule.Check(new PublicationRequiresDeliberationAndNumber(document.Status, document.DocumentNumber is not null));
        var today = clock.Today();
        var township = await db.Set<Township>().Where(t => t.Id == document.TownshipId).Select(t => new { t.GovernmentName, t.DivisionCode }).SingleAsync(ct);
        var index = string.IsNullOrWhiteSpace(request.IndexNumber)
            ? $"{township.DivisionCode}/{document.NumberYear}-{document.NumberSequence:000}"
            : request.IndexNumber.Trim();
        var met = await deadlines.MeetAsync(DocumentDeadlines.PublicationCode, document.Id, today, ct);
        var onTime = met is null || met.State == DeadlineState.Met;
        var wasPublished = document.PublishedOn is not null;
        document.Publish(new PublicationMetadata(index, township.GovernmentName, request.WrittenOn!.Value, string.IsNullOrWhiteSpace(request.DisclosureMode) ? "主动公开" : request.DisclosureMode.Trim(), request.EffectiveFrom!.Value),
            options.Value.ValidityYears, onTime, actor, clock.GetUtcNow(), today);
        // The document's own attachments are part of the published text (政府信息公开条例 第20条); its review opinions
        // and minutes are filed under other owner types and stay internal.
        await attachments.SetPublicAsync(DocumentAttachmentGuard.OwnerType, document.Id, true, ct);
        await deadlines.OpenAsync(DocumentDeadlines.Filing(options.Value), document.TownshipId, DocumentDeadlines.Subject(document), today, ct);
        if (wasPublished)
        {
            await deadlines.CancelAsync(DocumentDeadlines.ExpiryCode, document.Id, "修改后重新公布", ct);
        }

        await deadlines.OpenAsync(DocumentDeadlines.Expiry(options.Value, document.EffectiveFrom!.Value, document.ValidUntil!.Value), document.TownshipId, DocumentDeadlines.Subject(document), document.EffectiveFrom!.Value, ct);
        // The corrected version is public: the county's correction order is answered and the document is 有效 again.
        await filing.ResolveCorrectionAsync(document.Id, corrected: true, ct);
        // 政府信息公开条例 第20条第一项: the published document is listed in the 政府信息公开目录; a corrected version
        // published again refreshes the same entry.
        await catalogue.FileAsync(new CatalogueFiling("documents", document.Id, document.TownshipId, CatalogueCategory.NormativeDocuments, document.PublishedTitle ?? document.Title,
            $"{document.DocumentNumber}，自{document.EffectiveFrom:yyyy年M月d日}起施行。", document.WrittenOn ?? today, today, $"/t/{township.DivisionCode}/documents/{document.Id}", document.ValidUntil), ct);
        await db.SaveChangesAsync(ct);
        return document;
    }
}

/// <summary>The making government publishes (优化营商环境条例 第64条第2款). Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class PublicationByClerkOrLeader() : WhoMayRule(
    "documents.publication.who", "规范性文件的公布由制定机关的法制员或领导办理（优化营商环境条例第六十四条第二款）。", Roles.LegalClerk, Roles.Leader);
