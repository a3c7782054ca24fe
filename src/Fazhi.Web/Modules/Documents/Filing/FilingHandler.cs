using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Documents.Rules;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Filing;

public sealed record ReasonRequest(
    [Required(ErrorMessage = "请填写理由。"), MaxLength(2000, ErrorMessage = "理由不超过 2000 字。")] string Reason);

/// <summary>
/// 备案 with the county after publication; after the county's 责令纠正 the township stops execution, amends and
/// republishes, revokes or repeals the document, and each answer closes the correction period on its board.
/// </summary>
internal sealed class FilingHandler(FazhiDbContext db, IDeadlines deadlines, Fazhi.Modules.Disclosure.Contracts.IDisclosureCatalogue catalogue, TimeProvider clock)
{
    public async Task<Model.Filing?> SubmitAsync(Guid id, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<FilingSubmittedByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        BusinessRule.Check(new FilingRequiresPublication(document.Status));
        var today = clock.Today();
        var met = await deadlines.MeetAsync(DocumentDeadlines.FilingCode, document.Id, today, ct);
        document.MarkFiled(actor, clock.GetUtcNow());
        var filing = new Model.Filing(document.Id, document.TownshipId, document.PublishedTitle ?? document.Title, document.DocumentNumber!, document.PublishedVersion ?? document.CurrentVersion, today, actor.DisplayName)
        {
            SubmittedOnTime = met is null || met.State == DeadlineState.Met,
        };
        db.Add(filing);
        await db.SaveChangesAsync(ct);
        return filing;
    }

    public Task<Model.Filing?> LatestAsync(Guid documentId, CancellationToken ct) =>
        db.Set<Model.Filing>().Where(f => f.DocumentId == documentId).OrderByDescending(f => f.SubmittedOn).ThenByDescending(f => f.ReviewedAt).FirstOrDefaultAsync(ct);

    /// <summary>Reopens the issued document for a new draft (correction order or cleanup decision to amend).</summary>
    public async Task<NormativeDocument?> ReopenAsync(Guid id, string reason, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<AmendmentReopenedByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var latest = await LatestAsync(id, ct);
        document.Reopen(latest?.Outcome == FilingOutcome.CorrectionOrdered, reason, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>废止 a document in force; it stays on the portal marked 失效 with the date.</summary>
    public async Task<NormativeDocument?> RepealAsync(Guid id, string reason, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<RepealedByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        document.EndValidity(Validity.Repealed, reason, actor, clock.GetUtcNow(), clock.Today());
        // The 目录 keeps the entry as information published in its time, marked 已废止 (not offered as current).
        await catalogue.EndValidityAsync("documents", document.Id, Fazhi.Modules.Disclosure.Contracts.CatalogueValidity.Repealed, clock.Today(), ct);
        await deadlines.CancelAsync(DocumentDeadlines.ExpiryCode, document.Id, "文件已废止", ct);
        await ResolveCorrectionAsync(document.Id, corrected: false, ct);
        await db.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>
    /// 停止执行 after the county's 责令纠正: the document is not applied while it is corrected; the portal says so. The
    /// correction period keeps running until the document is corrected or revoked.
    /// </summary>
    public async Task<NormativeDocument?> SuspendAsync(Guid id, string reason, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<CorrectionAnsweredByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var order = await OpenCorrectionAsync(id, ct);
        BusinessRule.Check(new CorrectionOrderIsOpen(order is not null));
        order!.Suspend(clock.Today());
        document.Log(actor, clock.GetUtcNow(), "停止执行", reason);
        await db.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>撤销 a document the county ordered corrected: it ends, the portal shows 已撤销, the correction period is met.</summary>
    public async Task<NormativeDocument?> RevokeAsync(Guid id, string reason, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<CorrectionAnsweredByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        BusinessRule.Check(new CorrectionOrderIsOpen(await OpenCorrectionAsync(id, ct) is not null));
        document.EndValidity(Validity.Revoked, reason, actor, clock.GetUtcNow(), clock.Today());
        await catalogue.EndValidityAsync("documents", document.Id, Fazhi.Modules.Disclosure.Contracts.CatalogueValidity.Invalid, clock.Today(), ct);
        await deadlines.CancelAsync(DocumentDeadlines.ExpiryCode, document.Id, "文件已撤销", ct);
        await ResolveCorrectionAsync(document.Id, corrected: false, ct);
        await db.SaveChangesAsync(ct);
        return document;
    }

    public Task<CorrectionOrder?> OpenCorrectionAsync(Guid documentId, CancellationToken ct) =>
        db.Set<CorrectionOrder>().Where(c => c.DocumentId == documentId && (c.State == CorrectionState.Ordered || c.State == CorrectionState.Suspended))
            .OrderByDescending(c => c.OrderedOn).FirstOrDefaultAsync(ct);

    /// <summary>Closes the open correction order of a document and meets its period on the board (corrected, or ended).</summary>
    public async Task ResolveCorrectionAsync(Guid documentId, bool corrected, CancellationToken ct)
    {
        if (await OpenCorrectionAsync(documentId, ct) is not { } order)
        {
            return;
        }

        var today = clock.Today();
        order.Resolve(corrected, today);
        await deadlines.MeetAsync(DocumentDeadlines.CorrectionCode, documentId, today, ct);
    }
}

/// <summary>The making government files with the county (37号). Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class FilingSubmittedByClerkOrLeader() : WhoMayRule(
    "documents.filing.who", "报县级备案由制定机关的法制员或领导办理（国办发〔2018〕37号“及时报送备案”）。", Roles.LegalClerk, Roles.Leader);

/// <summary>Reopening an issued text for amendment is the making government's decision (37号). Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class AmendmentReopenedByClerkOrLeader() : WhoMayRule(
    "documents.amendment.who", "重新起草修改已公布的文件由制定机关的法制员或领导办理（国办发〔2018〕37号）。", Roles.LegalClerk, Roles.Leader);

/// <summary>Repealing is the making government's decision (37号). Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class RepealedByClerkOrLeader() : WhoMayRule(
    "documents.repeal.who", "废止规范性文件由制定机关决定，须由法制员或领导办理（国办发〔2018〕37号“建立文件清理长效机制”）。", Roles.LegalClerk, Roles.Leader);
