using Fazhi.Platform.Receipts;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Privacy;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Consultation.Model;

/// <summary>The one implementation of <see cref="IConsultations"/>; adds to the scoped context, the caller saves.</summary>
internal sealed class Consultations(FazhiDbContext db, IDeadlines deadlines, TimeProvider clock) : IConsultations
{
    public async Task<ConsultationInfo> OpenAsync(OpenConsultationRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var due = await deadlines.OpenAsync(request.Period, request.TownshipId, request.Subject, today, cancellationToken);
        var consultation = new PublicConsultation
        {
            TownshipId = request.TownshipId,
            SubjectModule = request.Subject.Module,
            SubjectType = request.Subject.SubjectType,
            SubjectId = request.Subject.SubjectId,
            WorkspaceUrl = request.Subject.Url,
            Title = request.Title,
            Text = request.Text,
            Explanation = request.Explanation,
            PeriodRuleCode = request.Period.Code,
            PeriodDescription = $"{request.Period.Period}{(request.Period.Kind == PeriodKind.WorkingDays ? "个工作日" : "日")}（{request.Period.LegalBasis}）",
            OpensOn = today,
            ClosesOn = due.DueDate,
        };
        db.Add(consultation);
        return await ToInfoAsync(consultation, today, cancellationToken);
    }

    public async Task<ConsultationInfo?> FindAsync(Guid consultationId, DateOnly today, CancellationToken cancellationToken)
    {
        var consultation = await db.Set<PublicConsultation>().SingleOrDefaultAsync(c => c.Id == consultationId, cancellationToken);
        return consultation is null ? null : await ToInfoAsync(consultation, today, cancellationToken);
    }

    public async Task<IReadOnlyList<ConsultationCommentInfo>> CommentsAsync(Guid consultationId, CancellationToken cancellationToken) =>
        await db.Set<ConsultationComment>()
            .Where(c => c.ConsultationId == consultationId)
            .OrderBy(c => c.SubmittedAt)
            .Select(c => new ConsultationCommentInfo(c.Id, c.Article, c.Content, c.CommenterName, c.Contact, c.SubmittedAt, c.Decision, c.DecisionReason, c.Channel, c.ReceivedOn, c.ReceiptNumber))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, CommentCounts>> CommentCountsAsync(IReadOnlyCollection<Guid> consultationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consultationIds);
        var ids = consultationIds.Distinct().ToList();
        return await db.Set<ConsultationComment>().AsNoTracking()
            .Where(c => ids.Contains(c.ConsultationId))
            .GroupBy(c => c.ConsultationId)
            .Select(g => new { Id = g.Key, Received = g.Count(), Adopted = g.Count(c => c.Decision == CommentDecision.Adopted) })
            .ToDictionaryAsync(g => g.Id, g => new CommentCounts(g.Received, g.Adopted), cancellationToken);
    }

    public async Task<CommentReceipt?> AddCommentAsync(Guid consultationId, int? article, string content, string? commenterName, string? contact, DateOnly today, CancellationToken cancellationToken)
    {
        // The public reaches the consultation only through the published view, never the workspace filter.
        var consultation = await db.Published<PublicConsultation>().SingleOrDefaultAsync(c => c.Id == consultationId, cancellationToken);
        if (consultation is null)
        {
            return null;
        }

        BusinessRule.Check(new CommentPeriodIsOpen(consultation.IsOpenOn(today), consultation.ClosesOn));
        BusinessRule.Check(new CommentedArticleExists(article, ArticleText.Split(consultation.Text).Count));
        var comment = new ConsultationComment
        {
            ConsultationId = consultation.Id,
            TownshipId = consultation.TownshipId,
            Article = article,
            Content = content.Trim(),
            CommenterName = string.IsNullOrWhiteSpace(commenterName) ? null : commenterName.Trim(),
            Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim(),
            SubmittedAt = clock.GetUtcNow(),
            Channel = OpinionChannel.Portal,
            ReceivedOn = today,
        };
        await NumberAsync(comment, cancellationToken);
        db.Add(comment);
        return new CommentReceipt(comment.Id, comment.ReceiptNumber);
    }

    public async Task<Guid?> RecordOpinionAsync(Guid consultationId, OtherChannelOpinion opinion, DateOnly today, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opinion);
        WhoMayRule.Of<ConsultationAnsweredByClerkOrLeader>().Check(actor);
        // Staff record it, so through the township's own filter: another township's consultation is not found.
        var consultation = await db.Set<PublicConsultation>().SingleOrDefaultAsync(c => c.Id == consultationId, cancellationToken);
        if (consultation is null)
        {
            return null;
        }

        BusinessRule.Check(new RecordedOpinionIsNotFromPortal(opinion.Channel));
        BusinessRule.Check(new SummaryPublishedOnce(consultation.SummaryPublishedOn is not null));
        BusinessRule.Check(new OpinionReceivedDuringConsultation(opinion.ReceivedOn, consultation.OpensOn, today));
        BusinessRule.Check(new CommentedArticleExists(opinion.Article, ArticleText.Split(consultation.Text).Count));
        var comment = new ConsultationComment
        {
            ConsultationId = consultation.Id,
            TownshipId = consultation.TownshipId,
            Article = opinion.Article,
            Content = opinion.Summary.Trim(),
            CommenterName = string.IsNullOrWhiteSpace(opinion.SubmitterName) ? null : opinion.SubmitterName.Trim(),
            Contact = string.IsNullOrWhiteSpace(opinion.Contact) ? null : opinion.Contact.Trim(),
            SubmittedAt = clock.GetUtcNow(),
            Channel = opinion.Channel,
            ReceivedOn = opinion.ReceivedOn,
        };
        await NumberAsync(comment, cancellationToken);
        db.Add(comment);
        return comment.Id;
    }

    /// <summary>Every opinion gets a receipt number, whichever channel brought it, so the register counts one sequence.</summary>
    private async Task NumberAsync(ConsultationComment comment, CancellationToken ct)
    {
        comment.ReceiptYear = comment.ReceivedOn.Year;
        comment.ReceiptSequence = await ReceiptNumbers.NextAsync<ConsultationComment>(db, comment.TownshipId, comment.ReceiptYear, ct);
        comment.ReceiptNumber = ReceiptNumbers.Format(ConsultationComment.ReceiptPrefix, comment.ReceiptYear, comment.ReceiptSequence);
    }

    public async Task<bool> DecideAsync(Guid commentId, CommentDecision decision, string reason, Actor actor, CancellationToken cancellationToken)
    {
        WhoMayRule.Of<ConsultationAnsweredByClerkOrLeader>().Check(actor);
        var comment = await db.Set<ConsultationComment>().SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null)
        {
            return false;
        }

        var consultation = await db.Set<PublicConsultation>().SingleAsync(c => c.Id == comment.ConsultationId, cancellationToken);
        BusinessRule.Check(new SummaryPublishedOnce(consultation.SummaryPublishedOn is not null));
        comment.Decision = decision;
        comment.DecisionReason = reason.Trim();
        return true;
    }

    public async Task<ConsultationInfo?> PublishSummaryAsync(Guid consultationId, DateOnly today, Actor actor, CancellationToken cancellationToken)
    {
        WhoMayRule.Of<ConsultationAnsweredByClerkOrLeader>().Check(actor);
        var consultation = await db.Set<PublicConsultation>().SingleOrDefaultAsync(c => c.Id == consultationId, cancellationToken);
        if (consultation is null)
        {
            return null;
        }

        BusinessRule.Check(new SummaryPublishedOnce(consultation.SummaryPublishedOn is not null));
        BusinessRule.Check(new SummaryAfterPeriodEnds(today, consultation.ClosesOn));
        var comments = await db.Set<ConsultationComment>().Where(c => c.ConsultationId == consultationId).OrderBy(c => c.ReceivedOn).ThenBy(c => c.SubmittedAt).ToListAsync(cancellationToken);
        BusinessRule.Check(new SummaryAnswersEveryComment(comments.Count(c => c.Decision == CommentDecision.Pending)));
        var order = 1;
        consultation.Summary = comments.Select(c => new SummaryLine
        {
            Order = order++,
            Article = c.Article,
            // What people wrote is published as feedback: their own name, ID and phone numbers in it are masked too.
            Content = PersonalInfoMasker.Mask(c.Content, c.CommenterName is { } name ? [name] : null),
            Adopted = c.Decision == CommentDecision.Adopted,
            Reason = c.DecisionReason ?? "",
            Channel = c.Channel,
            Submitter = OpinionChannels.Mask(c.CommenterName),
        }).ToList();
        consultation.SummaryPublishedOn = today;
        await deadlines.MeetAsync(consultation.PeriodRuleCode, consultation.SubjectId, today, cancellationToken);
        return await ToInfoAsync(consultation, today, cancellationToken);
    }

    public async Task<IReadOnlyList<PublicSummaryEntry>?> PublicSummaryAsync(Guid consultationId, CancellationToken cancellationToken)
    {
        // Through the published view only: the portal page that asks may be anonymous.
        var consultation = await db.Published<PublicConsultation>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultationId, cancellationToken);
        return consultation?.SummaryPublishedOn is null
            ? null
            : consultation.Summary.OrderBy(l => l.Order).Select(l => new PublicSummaryEntry(l.Article is { } a ? ArticleText.Label(a) : "全文", l.Content, l.Adopted, l.Reason, OpinionChannels.Label(l.Channel), l.Submitter)).ToList();
    }

    private async Task<ConsultationInfo> ToInfoAsync(PublicConsultation c, DateOnly today, CancellationToken ct)
    {
        var counts = await db.Set<ConsultationComment>().Where(x => x.ConsultationId == c.Id)
            .GroupBy(x => x.Decision == CommentDecision.Pending).Select(g => new { Pending = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = counts.Sum(x => x.Count);
        var pending = counts.Where(x => x.Pending).Sum(x => x.Count);
        var code = await db.Set<Organization.Township>().Where(t => t.Id == c.TownshipId).Select(t => t.DivisionCode).SingleOrDefaultAsync(ct);
        return new ConsultationInfo(c.Id, c.TownshipId, c.SubjectId, c.Title, c.OpensOn, c.ClosesOn, c.IsOpenOn(today), total, pending,
            c.SummaryPublishedOn is not null, c.SummaryPublishedOn, $"/workspace/consultations/{c.Id}", code is null ? null : $"/t/{code}/consultations/{c.Id}");
    }
}

internal static class BeijingClock
{
    /// <summary>Today in China Standard Time: statutory days are Beijing days.</summary>
    public static DateOnly Today(this TimeProvider clock) => Fazhi.Platform.Time.ChinaTime.Today(clock);
}

/// <summary>
/// The drafting body answers its consultation: it records opinions from other channels, decides 采纳 / 不予采纳 with
/// reasons and publishes the adoption summary (优化营商环境条例 第六十二条; 重大行政决策程序暂行条例 第十五条). Its legal
/// clerk or a leader does this; officers, the legal advisor and village cadres do not (ADR 0010).
/// </summary>
internal sealed class ConsultationAnsweredByClerkOrLeader() : WhoMayRule(
    "consultation.answer.who",
    "征求意见的登记、采纳答复和采纳情况公布由起草单位办理，须由法制员或领导操作（优化营商环境条例第六十二条；重大行政决策程序暂行条例第十五条）。",
    Roles.LegalClerk, Roles.Leader);
