using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Decisions.PublicParticipation.OpenComment;

/// <summary>公开征求意见 (第15条): the period in days (the setting's minimum when empty), and why it is shorter, if it is.</summary>
public sealed record OpenPublicCommentRequest(
    [Range(1, 365, ErrorMessage = "征求意见期限应在 1 至 365 日之间。")] int? Days,
    [MaxLength(500, ErrorMessage = "缩短理由不超过 500 字。")] string? ShortenedReason);

/// <summary>
/// 第14–15条: the 决策承办单位 publishes the draft for comment. The legal clerk does it for the township's offices, or a
/// leader; officers and the legal advisor do not publish drafts.
/// </summary>
internal sealed class PublicCommentOpenedByClerkOrLeader() : WhoMayRule(
    "decisions.public-comment.who", "决策草案由决策承办单位向社会公开征求意见，由法制员或领导办理（《重大行政决策程序暂行条例》第十四条、第十五条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class OpenPublicCommentHandler(FazhiDbContext db, IConsultations consultations, IOptions<DecisionsOptions> options, TimeProvider clock)
{
    public static OpenPublicCommentRequest BlankFor(MajorDecision decision, DateOnly today) => new(null, null);

    /// <returns>Null when there is no such decision.</returns>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, OpenPublicCommentRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<PublicCommentOpenedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        var minimum = options.Value.CommentPeriodDays;
        var period = request.Days ?? minimum;
        // Checked before the consultation is opened in the shared component, so a refused period opens nothing there.
        decision.EnsureMayOpenPublicComment(period, minimum, request.ShortenedReason);
        var shortened = string.IsNullOrWhiteSpace(request.ShortenedReason) ? "" : $"\n征求意见期限缩短的理由：{request.ShortenedReason.Trim()}";
        var consultation = await consultations.OpenAsync(new OpenConsultationRequest(decision.TownshipId, DecisionDeadlines.Subject(decision, suffix: "（征求意见稿）"),
            $"关于《{decision.Title}（征求意见稿）》公开征求意见", decision.DraftText, decision.DraftExplanation + shortened, DecisionDeadlines.CommentPeriod(period)),
            Platform.Time.ChinaTime.Today(clock), ct);
        decision.OpenPublicComment(consultation.Id, period, minimum, request.ShortenedReason, consultation.OpensOn, consultation.ClosesOn);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
