using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Rules;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Decisions.Procedure;

/// <summary>The statutory periods of a major decision as deadline rules on the 待办与预警 board.</summary>
internal static class DecisionDeadlines
{
    public const string CommentPeriodCode = "decisions.comment-period";
    public const string HearingNoticeCode = "decisions.hearing-notice";
    public const string LegalityReviewCode = "decisions.legality-review";
    public const string MilestoneCode = "decisions.milestone";
    public const string EvaluationCode = "decisions.evaluation";

    /// <summary>第15条: calendar days, at least 30 unless shortened for urgency; the public's period, which ends rather than falls overdue.</summary>
    public static DeadlineRule CommentPeriod(int days) =>
        new(CommentPeriodCode, "重大行政决策公开征求意见", DeadlineOwner.Public, "《重大行政决策程序暂行条例》第十五条", "公布决策草案之日", days, PeriodKind.CalendarDays, 5);

    /// <summary>第16条: the last day to serve hearing materials is 7 days before the hearing (a fixed date).</summary>
    public static DeadlineRule HearingNotice() =>
        new(HearingNoticeCode, "听证材料送达听证参加人", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第十六条", "听证会7日前", 0, PeriodKind.FixedDate, 3, RollOverRestDay: false);

    /// <summary>第26条: at least 7 working days for the reviewer.</summary>
    public static DeadlineRule LegalityReview(int workingDays) =>
        new(LegalityReviewCode, "重大行政决策合法性审查", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第二十六条", "送请审查之日", workingDays, PeriodKind.WorkingDays, 2);

    /// <summary>A reply date later than the minimum, counted as a fixed date.</summary>
    public static DeadlineRule LegalityReviewUntil(int calendarDays) =>
        new(LegalityReviewCode, "重大行政决策合法性审查", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第二十六条", "送请审查之日", calendarDays, PeriodKind.FixedDate, 2, RollOverRestDay: false);

    public static DeadlineRule Milestone() =>
        new(MilestoneCode, "重大行政决策执行节点", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第三十四条", "执行计划确定之日", 0, PeriodKind.FixedDate, 7, RollOverRestDay: false);

    public static DeadlineRule Evaluation() =>
        new(EvaluationCode, "重大行政决策后评估", DeadlineOwner.Government, "《重大行政决策程序暂行条例》第三十六条", "启动评估之日", 0, PeriodKind.FixedDate, 10, RollOverRestDay: false);
}

internal sealed record InitiateCommand(string Title, DecisionCategory Category, string Owner, string Proposer, string Background, string DraftText, string DraftExplanation,
    IReadOnlyList<(string Name, string Description, bool Recommended)> Options, Guid? CatalogItemId, DateOnly? InitiatedOn, bool ReportToPartyCommittee = false);

internal sealed record MeetingCommand(string MeetingName, DateOnly? HeldOn, string Chair, string Attendees, string? Absentees, string Minutes, MeetingOutcome Outcome,
    string? OverruleReasons, IReadOnlyList<MemberView> Views);

/// <summary>
/// Runs each step of a major decision: loads it, lets the aggregate check its rules, opens and meets deadlines and
/// saves once, so a step, its deadlines and its audit entries commit together.
/// </summary>
internal sealed class DecisionWorkflow(FazhiDbContext db, IDeadlines deadlines, IConsultations consultations, IAttachments attachments,
    IOptions<DecisionsOptions> options, TimeProvider clock)
{
    public DecisionsOptions Options => options.Value;

    public DateOnly Today => Platform.Time.ChinaTime.Today(clock);

    public Task<MajorDecision?> FindAsync(Guid id, CancellationToken ct) => db.Set<MajorDecision>().SingleOrDefaultAsync(d => d.Id == id, ct);

    private static DeadlineSubject Subject(MajorDecision d, Guid? id = null, string? suffix = null) =>
        new("decisions", "MajorDecision", id ?? d.Id, d.Title + suffix, $"/workspace/decisions/{d.Id}");

    public async Task<MajorDecision> InitiateAsync(Guid townshipId, InitiateCommand command, CancellationToken ct)
    {
        var on = command.InitiatedOn ?? Today;
        var sequence = (await db.Set<MajorDecision>().Where(d => d.TownshipId == townshipId && d.Year == on.Year).MaxAsync(d => (int?)d.Sequence, ct) ?? 0) + 1;
        if (command.CatalogItemId is { } itemId && !await db.Set<DecisionCatalog>().AnyAsync(c => c.TownshipId == townshipId && c.Items.Any(i => i.Id == itemId), ct))
        {
            throw new BusinessRuleException("decisions.catalog.item-unknown", "所选目录事项不存在或不属于本乡镇（国务院令第713号第三条第三款）。");
        }

        var decision = new MajorDecision
        {
            TownshipId = townshipId,
            Year = on.Year,
            Sequence = sequence,
            Title = command.Title.Trim(),
            Category = command.Category,
            Owner = command.Owner.Trim(),
            Proposer = command.Proposer.Trim(),
            Background = command.Background.Trim(),
            CatalogItemId = command.CatalogItemId,
            InitiatedOn = on,
            RequiresPartyCommitteeReport = command.ReportToPartyCommittee,
        };
        var order = 1;
        decision.ReviseDraft(command.DraftText, command.DraftExplanation,
            command.Options.Select(o => new DecisionOption { DecisionId = decision.Id, Order = order++, Name = o.Name.Trim(), Description = o.Description.Trim(), Recommended = o.Recommended }));
        db.Add(decision);
        await db.SaveChangesAsync(ct);
        return decision;
    }

    /// <summary>第15条: put the draft to public comment through the shared consultation component.</summary>
    public async Task OpenPublicCommentAsync(MajorDecision decision, int? days, string? shortenedReason, CancellationToken ct, DateOnly? on = null)
    {
        decision.EnsureOpen();
        var period = days ?? Options.CommentPeriodDays;
        BusinessRule.Check(new ConsultationOpenedOnce(decision.ConsultationId is not null));
        BusinessRule.Check(new CommentPeriodAtLeastMinimum(period, Options.CommentPeriodDays, shortenedReason));
        var today = on ?? Today;
        var info = await consultations.OpenAsync(new OpenConsultationRequest(decision.TownshipId, Subject(decision, suffix: "（征求意见稿）"),
            $"关于《{decision.Title}（征求意见稿）》公开征求意见", decision.DraftText,
            decision.DraftExplanation + (string.IsNullOrWhiteSpace(shortenedReason) ? "" : $"\n征求意见期限缩短的理由：{shortenedReason.Trim()}"),
            DecisionDeadlines.CommentPeriod(period)), today, ct);
        decision.OpenPublicComment(info.Id, period, Options.CommentPeriodDays, shortenedReason, info.OpensOn, info.ClosesOn);
        await db.SaveChangesAsync(ct);
    }

    public async Task<DecisionHearing> ScheduleHearingAsync(MajorDecision decision, string subject, string place, DateOnly heldOn, string selection, string participants, DateOnly? noticedOn, CancellationToken ct)
    {
        var hearing = decision.ScheduleHearing(subject, place, heldOn, selection, participants);
        if (noticedOn is { } noticed)
        {
            decision.NoticeHearing(hearing.Id, noticed, Options.HearingNoticeDays);
        }
        else
        {
            await deadlines.OpenAsync(DecisionDeadlines.HearingNotice(), decision.TownshipId, Subject(decision, hearing.Id, "（听证通知）"), heldOn.AddDays(-Options.HearingNoticeDays), ct);
        }

        await db.SaveChangesAsync(ct);
        return hearing;
    }

    public async Task NoticeHearingAsync(MajorDecision decision, Guid hearingId, DateOnly? noticedOn, CancellationToken ct)
    {
        var on = noticedOn ?? Today;
        decision.NoticeHearing(hearingId, on, Options.HearingNoticeDays);
        await deadlines.MeetAsync(DecisionDeadlines.HearingNoticeCode, hearingId, on, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordHearingAsync(MajorDecision decision, Guid hearingId, string record, bool signed, DateOnly? on, CancellationToken ct)
    {
        decision.RecordHearing(hearingId, record, signed, on ?? Today);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ExpertOpinion> AddExpertOpinionAsync(MajorDecision decision, string expert, string affiliation, string form, string opinion, bool hasInterest, DateOnly? on, bool adopted, string? note, CancellationToken ct)
    {
        var item = decision.AddExpertOpinion(expert, affiliation, form, opinion, hasInterest, on ?? Today, adopted, note);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task RecordRiskAssessmentAsync(MajorDecision decision, string assessor, DateOnly? on, IReadOnlyList<RiskPoint> points, RiskLevel level, string mitigation, string? plan, CancellationToken ct)
    {
        decision.RecordRiskAssessment(assessor, on ?? Today, points, level, mitigation, plan);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>第26条: the reply date must allow the reviewer at least 7 working days on the official calendar.</summary>
    public async Task RequestLegalityReviewAsync(MajorDecision decision, DateOnly? requestedOn, DateOnly? replyBy, CancellationToken ct)
    {
        decision.EnsureOpen();
        var on = requestedOn ?? Today;
        var minimum = DecisionDeadlines.LegalityReview(Options.LegalityReviewWorkingDays);
        var earliest = (await deadlines.ComputeDueAsync(minimum, on, ct)).Date;
        var until = replyBy ?? earliest;
        decision.RequestLegalityReview(on, until, earliest, Options.LegalityReviewWorkingDays);
        await deadlines.CancelAsync(DecisionDeadlines.LegalityReviewCode, decision.Id, "重新送请合法性审查", ct);
        var rule = until == earliest ? minimum : DecisionDeadlines.LegalityReviewUntil(until.DayNumber - on.DayNumber);
        await deadlines.OpenAsync(rule, decision.TownshipId, Subject(decision, suffix: "（合法性审查）"), on, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordLegalityOpinionAsync(MajorDecision decision, string reviewer, LegalityOpinion opinion, string text, DateOnly? on, CancellationToken ct)
    {
        var reviewedOn = on ?? Today;
        decision.RecordLegalityOpinion(reviewer, opinion, text, reviewedOn);
        await deadlines.MeetAsync(DecisionDeadlines.LegalityReviewCode, decision.Id, reviewedOn, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>第30条: the collective decision; the meeting is stored only when every rule holds.</summary>
    public async Task<CollectiveMeeting> DecideAsync(MajorDecision decision, MeetingCommand command, CancellationToken ct)
    {
        var meeting = CollectiveMeeting.Create(decision.TownshipId, MeetingSubject.MajorDecision, decision.Id, command.MeetingName, command.HeldOn ?? Today,
            command.Chair, command.Attendees, command.Absentees, command.Minutes, command.Outcome, command.OverruleReasons, command.Views);
        decision.Decide(meeting, Options.RequireRiskAssessment);
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task RequirePartyCommitteeReportAsync(MajorDecision decision, bool required, CancellationToken ct)
    {
        decision.RequirePartyCommitteeReport(required);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>第31条: the 请示报告 to the 同级党委; the report itself may be kept in the archive.</summary>
    public async Task ReportToPartyCommitteeAsync(MajorDecision decision, string committee, string matter, DateOnly? on, CancellationToken ct)
    {
        decision.ReportToPartyCommittee(committee, matter, on ?? Today);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records the committee's reply and, when given, its written reply in the archive, in one save: a file the store
    /// refuses leaves the reply unrecorded too, so the page never shows a reply whose document was lost.
    /// </summary>
    public async Task RecordPartyCommitteeReplyAsync(MajorDecision decision, bool agreed, string reply, DateOnly? on, CancellationToken ct,
        (string FileName, Stream Content)? replyFile = null)
    {
        decision.RecordPartyCommitteeReply(agreed, reply, on ?? Today);
        if (replyFile is { } file)
        {
            await attachments.AddAsync(decision.TownshipId, nameof(MajorDecision), decision.Id, PartyCommitteeReplyPurpose, file.FileName, file.Content, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    public const string PartyCommitteeReplyPurpose = "同级党委意见（第三十一条）";

    public async Task PublishAsync(MajorDecision decision, string number, string text, string interpretation, DateOnly? on, CancellationToken ct)
    {
        decision.Publish(number, text, interpretation, on ?? Today);
        // 第32条: the decision's documents become public with it, except internal opinions (see ArchiveBuilder: purposes kept internal).
        await db.SaveChangesAsync(ct);
    }

    public async Task<ImplementationMilestone> AddMilestoneAsync(MajorDecision decision, string title, string executor, DateOnly dueOn, CancellationToken ct)
    {
        var milestone = decision.AddMilestone(title, executor, dueOn);
        await deadlines.OpenAsync(DecisionDeadlines.Milestone(), decision.TownshipId, Subject(decision, milestone.Id, $"：{milestone.Title}"), dueOn, ct);
        await db.SaveChangesAsync(ct);
        return milestone;
    }

    public async Task CompleteMilestoneAsync(MajorDecision decision, Guid milestoneId, string note, DateOnly? on, CancellationToken ct)
    {
        var doneOn = on ?? Today;
        decision.CompleteMilestone(milestoneId, doneOn, note);
        await deadlines.MeetAsync(DecisionDeadlines.MilestoneCode, milestoneId, doneOn, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task<PostDecisionEvaluation> PlanEvaluationAsync(MajorDecision decision, string trigger, string evaluator, DateOnly? startedOn, DateOnly dueOn, CancellationToken ct)
    {
        var evaluation = decision.PlanEvaluation(trigger, evaluator, startedOn ?? Today, dueOn);
        await deadlines.OpenAsync(DecisionDeadlines.Evaluation(), decision.TownshipId, Subject(decision, evaluation.Id, "（决策后评估）"), dueOn, ct);
        await db.SaveChangesAsync(ct);
        return evaluation;
    }

    public async Task CompleteEvaluationAsync(MajorDecision decision, Guid evaluationId, EvaluationConclusion conclusion, string report, DateOnly? on, CancellationToken ct)
    {
        var completedOn = on ?? Today;
        decision.CompleteEvaluation(evaluationId, conclusion, report, completedOn);
        await deadlines.MeetAsync(DecisionDeadlines.EvaluationCode, evaluationId, completedOn, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a document, opinion, record or the meeting audio to the decision's archive (第33条).</summary>
    public async Task<AttachmentInfo> AttachAsync(MajorDecision decision, string purpose, string fileName, Stream content, CancellationToken ct)
    {
        decision.EnsureOpen();
        var info = await attachments.AddAsync(decision.TownshipId, nameof(MajorDecision), decision.Id, purpose, fileName, content, ct);
        await db.SaveChangesAsync(ct);
        return info;
    }

    public Task<CollectiveMeeting?> MeetingAsync(Guid? meetingId, CancellationToken ct) =>
        meetingId is null ? Task.FromResult<CollectiveMeeting?>(null) : db.Set<CollectiveMeeting>().SingleOrDefaultAsync(m => m.Id == meetingId, ct);

    public Task<List<CollectiveMeeting>> MeetingsForAsync(Guid subjectId, CancellationToken ct) =>
        db.Set<CollectiveMeeting>().Where(m => m.SubjectId == subjectId).OrderBy(m => m.HeldOn).ToListAsync(ct);
}
