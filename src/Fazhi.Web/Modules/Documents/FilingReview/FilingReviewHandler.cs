using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Notifications;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Documents.FilingReview;

public sealed record FilingDecisionRequest(
    bool Accept,
    [Required(ErrorMessage = "请填写审查意见。"), MaxLength(5000, ErrorMessage = "审查意见不超过 5000 字。")] string Reasons);

internal sealed record FilingInboxRow(Guid Id, Guid DocumentId, string Township, string Title, string DocumentNumber, DateOnly SubmittedOn, FilingOutcome Outcome, string? Reasons, DateTimeOffset? ReviewedAt);

/// <summary>
/// 备案审查 by the county: the tenant filter shows only its own townships' filings; it writes only the filing and, when
/// it orders correction, the correction order (ICountyWritable) and the township's correction period on its board
/// (ICountyInsertable) — so the order has effect: the township must act, and the portal stops calling the document 有效.
/// </summary>
internal sealed class FilingReviewHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<DocumentsOptions> options, TimeProvider clock, INotifications notifications)
{
    public async Task<IReadOnlyList<FilingInboxRow>> InboxAsync(bool pendingOnly, CancellationToken ct)
    {
        var townships = await db.Set<Organization.Township>().Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var rows = await db.Set<Model.Filing>()
            .Where(f => !pendingOnly || f.Outcome == FilingOutcome.Pending)
            .OrderBy(f => f.Outcome).ThenByDescending(f => f.SubmittedOn)
            .Select(f => new { f.Id, f.DocumentId, f.TownshipId, f.Title, f.DocumentNumber, f.SubmittedOn, f.Outcome, f.Reasons, f.ReviewedAt })
            .ToListAsync(ct);
        return rows.Select(f => new FilingInboxRow(f.Id, f.DocumentId, townships.GetValueOrDefault(f.TownshipId, ""), f.Title, f.DocumentNumber, f.SubmittedOn, f.Outcome, f.Reasons, f.ReviewedAt)).ToList();
    }

    public async Task<Model.Filing?> DecideAsync(Guid filingId, FilingDecisionRequest request, Actor who, CancellationToken ct)
    {
        WhoMayRule.Of<FilingReviewedByCounty>().Check(who);
        var actor = who.ForDocuments();
        var filing = await db.Set<Model.Filing>().SingleOrDefaultAsync(f => f.Id == filingId, ct);
        if (filing is null)
        {
            return null;
        }

        filing.Decide(request.Accept ? FilingOutcome.Accepted : FilingOutcome.CorrectionOrdered, request.Reasons.Trim(), actor.DisplayName, clock.GetUtcNow());
        if (!request.Accept)
        {
            var document = await db.Set<NormativeDocument>().SingleAsync(d => d.Id == filing.DocumentId, ct);
            var today = clock.Today();
            var period = await deadlines.OpenAsync(DocumentDeadlines.Correction(options.Value), filing.TownshipId, DocumentDeadlines.Subject(document), today, ct);
            db.Add(new CorrectionOrder(document.Id, filing.TownshipId, filing.Id, today, period.DueDate));
            // The township must correct by the due date (37号): its clerks hear of it from the county's decision itself.
            await notifications.NotifyAsync(NotificationRecipient.RoleIn(filing.TownshipId, Roles.LegalClerk), new Notice(NotificationKind.Refusal,
                $"备案审查责令纠正：《{document.Title}》", $"{actor.DisplayName}：{request.Reasons.Trim()} 请于 {period.DueDate:yyyy-MM-dd} 前纠正并报送。",
                $"/workspace/documents/{document.Id}"), ct);
        }

        await db.SaveChangesAsync(ct);
        return filing;
    }
}

/// <summary>The county reviews what its townships file (37号); no township role decides its own filing. Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class FilingReviewedByCounty() : WhoMayRule(
    "documents.filing-review.who", "备案审查由县级备案审查机构办理，须由县级审查员操作（国办发〔2018〕37号“加强备案审查”）。", Roles.CountyReviewer);
