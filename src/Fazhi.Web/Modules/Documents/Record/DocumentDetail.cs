using Fazhi.Modules.Documents.LegalityReview;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Record;

internal sealed record VersionRow(int Number, string Title, string SavedBy, DateTimeOffset SavedAt);

internal sealed record ReviewRow(Guid Id, int VersionNumber, string ReviewerKind, string ReviewerName, int PeriodWorkingDays, DateTimeOffset AssignedAt, string? Opinion, string? Reasons, string? CompletedBy, DateTimeOffset? CompletedAt, IReadOnlyList<AttachmentInfo> Attachments);

internal sealed record DeliberationRow(Guid Id, int VersionNumber, DateOnly MeetingDate, string Attendees, string Decision, string? DissentingViews, string Minutes, IReadOnlyList<AttachmentInfo> Attachments);

internal sealed record FilingRow(Guid Id, DateOnly SubmittedOn, string Outcome, string? Reasons, string? ReviewedBy, DateTimeOffset? ReviewedAt);

internal sealed record HistoryRow(DateTimeOffset At, string Actor, string Action, string Detail);

internal sealed record EvaluationRow(DateOnly EvaluatedOn, string Evaluator, string Findings, string Conclusion);

/// <summary>Everything the record page and the workspace API show about one document.</summary>
internal sealed record DocumentDetail(
    Guid Id,
    string Title,
    DocumentStatus Status,
    string StatusLabel,
    string Touches,
    bool RequiresPublicComment,
    bool PublicCommentCompleted,
    Guid? ConsultationId,
    int CurrentVersion,
    string Body,
    string Explanation,
    string? DocumentNumber,
    string? InChargeSigner,
    DateTimeOffset? InChargeSignedAt,
    string? PrincipalSigner,
    DateTimeOffset? PrincipalSignedAt,
    int? SignedVersion,
    DateOnly? SignedOn,
    bool IsPublic,
    DateOnly? PublishedOn,
    string? IndexNumber,
    string? Publisher,
    DateOnly? WrittenOn,
    DateOnly? EffectiveFrom,
    DateOnly? ValidUntil,
    string Validity,
    DateOnly? InvalidSince,
    bool IsReopened,
    bool CleanupAmendPending,
    string? LatestFilingOutcome,
    IReadOnlyList<LegalityFlag> Flags,
    IReadOnlyList<VersionRow> Versions,
    IReadOnlyList<ReviewRow> Reviews,
    IReadOnlyList<DeliberationRow> Deliberations,
    IReadOnlyList<FilingRow> Filings,
    IReadOnlyList<EvaluationRow> Evaluations,
    IReadOnlyList<DeadlineInfo> Deadlines,
    IReadOnlyList<HistoryRow> History)
{
    public static async Task<DocumentDetail?> LoadAsync(FazhiDbContext db, IDeadlines deadlines, IAttachments attachments, Guid id, DateOnly today, CancellationToken ct)
    {
        var d = await db.LoadDocumentAsync(id, ct);
        if (d is null)
        {
            return null;
        }

        var filings = await db.Set<Model.Filing>().Where(f => f.DocumentId == id).OrderBy(f => f.SubmittedOn).ToListAsync(ct);
        var evaluations = await db.Set<DocumentEvaluation>().Where(e => e.DocumentId == id).OrderBy(e => e.EvaluatedOn)
            .Select(e => new EvaluationRow(e.EvaluatedOn, e.Evaluator, e.Findings, e.Conclusion)).ToListAsync(ct);
        var history = await db.Set<DocumentHistoryEntry>().Where(h => h.DocumentId == id).OrderBy(h => h.At)
            .Select(h => new HistoryRow(h.At, h.Actor, h.Action, h.Detail)).ToListAsync(ct);
        var reviews = new List<ReviewRow>();
        foreach (var r in d.Reviews.OrderBy(r => r.AssignedAt))
        {
            reviews.Add(new ReviewRow(r.Id, r.VersionNumber, DocumentLabels.Of(r.ReviewerKind), r.ReviewerName, r.PeriodWorkingDays, r.AssignedAt,
                r.Opinion is { } o ? DocumentLabels.Of(o) : null, r.Reasons, r.CompletedBy, r.CompletedAt, await attachments.ForOwnerAsync(r.Id, ct)));
        }

        var deliberations = new List<DeliberationRow>();
        foreach (var m in d.Deliberations.OrderBy(m => m.RecordedAt))
        {
            deliberations.Add(new DeliberationRow(m.Id, m.VersionNumber, m.MeetingDate, m.Attendees, DocumentLabels.Of(m.Decision), m.DissentingViews, m.Minutes, await attachments.ForOwnerAsync(m.Id, ct)));
        }

        var current = d.Current;
        return new DocumentDetail(d.Id, d.Title, d.Status, DocumentLabels.Of(d.Status), DocumentLabels.Of(d.Touches), d.RequiresPublicComment || d.PublicCommentChosen,
            d.PublicCommentCompleted, d.ConsultationId, d.CurrentVersion, current.Body, current.Explanation, d.DocumentNumber,
            d.InChargeSigner, d.InChargeSignedAt, d.PrincipalSigner, d.PrincipalSignedAt, d.SignedVersion, d.SignedOn,
            d.IsPublic, d.PublishedOn, d.IndexNumber, d.Publisher, d.WrittenOn, d.EffectiveFrom, d.ValidUntil,
            DocumentLabels.Of(d.ValidityOn(today)), d.InvalidSinceOn(today), d.IsReopened, d.CleanupAmendPending,
            filings.LastOrDefault() is { } lf ? DocumentLabels.Of(lf.Outcome) : null,
            LegalityFlags.Scan(current.Body),
            d.Versions.OrderBy(v => v.Number).Select(v => new VersionRow(v.Number, v.Title, v.SavedBy, v.SavedAt)).ToList(),
            reviews, deliberations,
            filings.Select(f => new FilingRow(f.Id, f.SubmittedOn, DocumentLabels.Of(f.Outcome), f.Reasons, f.ReviewedBy, f.ReviewedAt)).ToList(),
            evaluations, await deadlines.ForSubjectAsync(id, ct), history);
    }
}
