using System.Text.Json.Serialization;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Decisions.Record;

internal sealed record RiskPointResponse(int Order, string Category, string Description, int Likelihood, int Impact, int Score, string Mitigation);

internal sealed record ViewResponse(int Order, string Member, string Post, bool IsHead, MemberPosition Position, string View);

internal sealed record MeetingResponse(Guid Id, string MeetingName, DateOnly HeldOn, string Chair, string Attendees, MeetingOutcome Outcome, int Dissent, string Minutes, IReadOnlyList<ViewResponse> Views)
{
    public static MeetingResponse From(CollectiveMeeting m) => new(m.Id, m.MeetingName, m.HeldOn, m.Chair, m.Attendees, m.Outcome, m.DissentCount, m.Minutes,
        m.Views.OrderBy(v => v.Order).Select(v => new ViewResponse(v.Order, v.Member, v.Post, v.IsHead, v.Position, v.View)).ToList());
}

internal sealed record PartyCommitteeResponse(bool Required, string? Committee, DateOnly? ReportedOn, DateOnly? RepliedOn, bool? Agreed, string? Reply);

internal sealed record HearingResponse(Guid Id, string Subject, DateOnly HeldOn, DateOnly? NoticedOn, bool RecordSigned);

internal sealed record MilestoneResponse(Guid Id, string Title, DateOnly DueOn, DateOnly? DoneOn);

internal sealed record EvaluationResponse(Guid Id, string Evaluator, DateOnly DueOn, DateOnly? CompletedOn, EvaluationConclusion? Conclusion);

/// <summary>
/// A major decision as the API answers it after every step. The legality review's JSON names (<c>legalityRequestedOn</c>,
/// <c>legalityReplyBy</c>, <c>legalityOpinion</c>) are the published API's and stay as integrators read them.
/// </summary>
internal sealed record DecisionResponse(
    Guid Id, string Number, string Title, DecisionCategory Category, string Owner, DecisionStage Stage, string StageLabel, DateOnly InitiatedOn,
    Guid? ConsultationId, DateOnly? CommentClosesOn,
    IReadOnlyList<HearingResponse> Hearings, int ExpertOpinions,
    RiskLevel? RiskLevel, string? ContingencyPlan, IReadOnlyList<RiskPointResponse> RiskPoints,
    [property: JsonPropertyName("legalityRequestedOn")] DateOnly? LegalityReviewRequestedOn,
    [property: JsonPropertyName("legalityReplyBy")] DateOnly? LegalityReviewReplyBy,
    [property: JsonPropertyName("legalityOpinion")] LegalityReviewOpinion? LegalityReviewOpinion,
    MeetingOutcome? Outcome, MeetingResponse? Meeting, DateOnly? PublishedOn, string? DocumentNumber,
    IReadOnlyList<MilestoneResponse> Milestones, IReadOnlyList<EvaluationResponse> Evaluations, DateOnly? ArchiveClosedOn, string? ArchiveSeal,
    PartyCommitteeResponse PartyCommittee)
{
    public static DecisionResponse From(MajorDecision d, CollectiveMeeting? m) => new(
        d.Id, d.Number, d.Title, d.Category, d.Owner, d.Stage, DecisionLabels.Stage(d.Stage), d.InitiatedOn, d.ConsultationId, d.CommentClosesOn,
        d.Hearings.OrderBy(h => h.HeldOn).Select(h => new HearingResponse(h.Id, h.Subject, h.HeldOn, h.NoticedOn, h.RecordSigned)).ToList(),
        d.ExpertOpinions.Count, d.RiskLevel, d.ContingencyPlan,
        d.RiskPoints.OrderBy(p => p.Order).Select(p => new RiskPointResponse(p.Order, p.Category, p.Description, p.Likelihood, p.Impact, p.Score, p.Mitigation)).ToList(),
        d.LegalityReviewRequestedOn, d.LegalityReviewReplyBy, d.LegalityReviewOpinion, d.Outcome,
        m is null ? null : MeetingResponse.From(m),
        d.PublishedOn, d.DocumentNumber,
        d.Milestones.OrderBy(x => x.DueOn).Select(x => new MilestoneResponse(x.Id, x.Title, x.DueOn, x.DoneOn)).ToList(),
        d.Evaluations.OrderBy(x => x.StartedOn).Select(x => new EvaluationResponse(x.Id, x.Evaluator, x.DueOn, x.CompletedOn, x.Conclusion)).ToList(),
        d.ArchiveClosedOn, d.ArchiveSeal,
        new PartyCommitteeResponse(d.RequiresPartyCommitteeReport, d.PartyCommittee, d.PartyReportedOn, d.PartyRepliedOn, d.PartyAgreed, d.PartyReply));

    /// <summary>The decision with its latest meeting, as the step endpoints answer.</summary>
    public static async Task<DecisionResponse> ForAsync(FazhiDbContext db, MajorDecision d, CancellationToken ct) => From(d, await db.MeetingAsync(d.MeetingId, ct));
}
