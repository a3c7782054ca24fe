using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Cleanup;

public sealed record StartCleanupRequest(
    [Required(ErrorMessage = "请填写清理名称。"), MaxLength(300, ErrorMessage = "名称不超过 300 字。")] string Title,
    [Required(ErrorMessage = "请填写清理原因（定期清理或上位法变化等）。"), MaxLength(2000, ErrorMessage = "原因不超过 2000 字。")] string Reason);

public sealed record CleanupDecisionRequest(
    Guid DocumentId,
    CleanupOutcome Outcome,
    [Required(ErrorMessage = "请填写清理理由。"), MaxLength(2000, ErrorMessage = "理由不超过 2000 字。")] string Reason);

/// <summary>清理: list every document in force, decide each, publish the list; 废止/宣布失效 end validity, 修改 reopens the document.</summary>
internal sealed class CleanupHandler(FazhiDbContext db, IDeadlines deadlines, Fazhi.Modules.Disclosure.Contracts.IDisclosureCatalogue catalogue, TimeProvider clock)
{
    public async Task<CleanupCampaign> StartAsync(Guid townshipId, StartCleanupRequest request, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<CleanupRunByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var today = clock.Today();
        var inForce = await db.Set<NormativeDocument>()
            .Where(d => d.TownshipId == townshipId && d.PublishedOn != null).Where(NormativeDocument.InForceOn(today))
            .OrderBy(d => d.NumberYear).ThenBy(d => d.NumberSequence)
            .Select(d => new CleanupItem { DocumentId = d.Id, Title = d.PublishedTitle ?? d.Title, DocumentNumber = d.DocumentNumber ?? "" })
            .ToListAsync(ct);
        var campaign = new CleanupCampaign { TownshipId = townshipId, Title = request.Title.Trim(), Reason = request.Reason.Trim(), StartedOn = today, StartedBy = actor.DisplayName, Items = inForce };
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    public async Task<CleanupCampaign?> DecideAsync(Guid campaignId, CleanupDecisionRequest request, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<CleanupRunByClerkOrLeader>().Check(who);
        var campaign = await db.Set<CleanupCampaign>().SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null || campaign.Items.All(i => i.DocumentId != request.DocumentId))
        {
            return null;
        }

        campaign.Decide(request.DocumentId, request.Outcome, request.Reason.Trim());
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    /// <summary>Publishes the list and applies it: 废止 and 宣布失效 end validity today, 修改 reopens the document for a new draft.</summary>
    public async Task<CleanupCampaign?> PublishAsync(Guid campaignId, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<CleanupRunByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var campaign = await db.Set<CleanupCampaign>().SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return null;
        }

        var today = clock.Today();
        var now = clock.GetUtcNow();
        campaign.Publish(today);
        foreach (var item in campaign.Items)
        {
            var document = await db.LoadDocumentAsync(item.DocumentId, ct);
            if (document is null)
            {
                continue;
            }

            switch (item.Outcome)
            {
                case CleanupOutcome.Repeal:
                case CleanupOutcome.DeclareInvalid:
                    document.EndValidity(item.Outcome == CleanupOutcome.Repeal ? Validity.Repealed : Validity.DeclaredInvalid, $"{campaign.Title}：{item.Reason}", actor, now, today);
                    await catalogue.EndValidityAsync("documents", document.Id, item.Outcome == CleanupOutcome.Repeal
                        ? Fazhi.Modules.Disclosure.Contracts.CatalogueValidity.Repealed : Fazhi.Modules.Disclosure.Contracts.CatalogueValidity.Invalid, today, ct);
                    await deadlines.CancelAsync(DocumentDeadlines.ExpiryCode, document.Id, "清理决定文件失效", ct);
                    break;
                case CleanupOutcome.Amend:
                    document.MarkCleanupAmend(actor, now, $"{campaign.Title}：{item.Reason}");
                    break;
                case CleanupOutcome.Continue:
                    document.Log(actor, now, "清理", $"{campaign.Title}：继续有效");
                    break;
                case null:
                    break;
            }
        }

        await db.SaveChangesAsync(ct);
        return campaign;
    }
}

/// <summary>The making government cleans up its documents (37号): start, decide each document, publish. Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class CleanupRunByClerkOrLeader() : WhoMayRule(
    "documents.cleanup.who", "规范性文件清理由制定机关组织，须由法制员或领导办理（国办发〔2018〕37号“建立文件清理长效机制”）。", Roles.LegalClerk, Roles.Leader);
