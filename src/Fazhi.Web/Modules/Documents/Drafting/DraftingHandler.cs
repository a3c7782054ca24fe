using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Documents.Drafting;

/// <summary>What the drafter writes; each save is a new immutable version.</summary>
public sealed record DraftRequest(
    [Required(ErrorMessage = "请填写文件标题。"), MaxLength(300, ErrorMessage = "标题不超过 300 字。")] string Title,
    [Required(ErrorMessage = "请填写文件正文。"), MaxLength(100000, ErrorMessage = "正文过长。")] string Body,
    [MaxLength(20000, ErrorMessage = "起草说明不超过 20000 字。")] string? Explanation,
    bool Licensing = false,
    bool Penalty = false,
    bool Coercion = false,
    bool Fees = false,
    bool Obligations = false,
    bool MarketActors = false,
    bool ChoosePublicComment = false)
{
    /// <summary>
    /// What the text touches, from the six boxes above. A method, not a property: a property was documented in the
    /// OpenAPI schema as a request field ("touches") and silently ignored; a client sending it is now told it does not exist.
    /// </summary>
    internal DocumentTouches ToTouches() =>
        (Licensing ? DocumentTouches.Licensing : 0) | (Penalty ? DocumentTouches.Penalty : 0) | (Coercion ? DocumentTouches.Coercion : 0)
        | (Fees ? DocumentTouches.Fees : 0) | (Obligations ? DocumentTouches.Obligations : 0) | (MarketActors ? DocumentTouches.MarketActors : 0);
}

internal sealed class DraftingHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<NormativeDocument> CreateAsync(Guid townshipId, DraftRequest request, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<DocumentsDraftedByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = NormativeDocument.Draft(townshipId, request.Title, request.Body, request.Explanation ?? "", request.ToTouches(), request.ChoosePublicComment, actor, clock.GetUtcNow());
        db.Add(document);
        await db.SaveChangesAsync(ct);
        return document;
    }

    public async Task<NormativeDocument?> SaveVersionAsync(Guid id, DraftRequest request, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<DocumentsDraftedByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        document.SaveVersion(request.Title, request.Body, request.Explanation ?? "", request.ToTouches(), request.ChoosePublicComment, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return document;
    }
}

/// <summary>Drafting is the making government's own work (37号: the drafting body drafts and is answerable for the text): its legal clerk or a leader; officers, the legal advisor (who later reviews the text) and village cadres do not draft. Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class DocumentsDraftedByClerkOrLeader() : WhoMayRule(
    "documents.drafting.who", "起草规范性文件由制定机关办理：起草、修改送审稿须由法制员或领导操作（国办发〔2018〕37号“严格履行起草程序”）。", Roles.LegalClerk, Roles.Leader);
