using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Procedure;

/// <summary>
/// HTTP surface of a major decision's procedure: one POST per step of 国务院令第713号. The steps share one aggregate and
/// one workflow class, so they live together here.
/// </summary>
internal static class DecisionEndpoints
{
    internal static void MapDecisionEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("重大行政决策台账");
        group.MapGet("/risks", RisksAsync).WithSummary("风险点台账：按风险值、类别、等级查询各决策的风险点（第22–24条）");
        group.MapPost("/", InitiateAsync).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("决策启动，拟定决策草案和备选方案（第10–13条）");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("决策详情");
        group.MapPost("/{id:guid}/public-comment", (Guid id, PublicCommentRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.OpenPublicCommentAsync(d, r.Days, r.ShortenedReason, ct), ct)).WithSummary("向社会公开征求意见（第15条）");
        group.MapPost("/{id:guid}/hearings", (Guid id, HearingRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.ScheduleHearingAsync(d, r.Subject, r.Place, r.HeldOn!.Value, r.ParticipantSelection, r.Participants, r.NoticedOn, ct), ct)).WithSummary("安排听证会（第16条）");
        group.MapPost("/{id:guid}/hearings/{hearingId:guid}/notice", (Guid id, Guid hearingId, DateRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.NoticeHearingAsync(d, hearingId, r.On, ct), ct)).WithSummary("公布并送达听证材料（第16条：听证会7日前）");
        group.MapPost("/{id:guid}/hearings/{hearingId:guid}/record", (Guid id, Guid hearingId, HearingRecordRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.RecordHearingAsync(d, hearingId, r.Record, r.ParticipantsSigned, r.On, ct), ct)).WithSummary("听证笔录（第17条）");
        group.MapPost("/{id:guid}/expert-opinions", (Guid id, ExpertOpinionRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.AddExpertOpinionAsync(d, r.Expert, r.Affiliation, r.Form, r.Opinion, r.HasInterest, r.On, r.Adopted, r.AdoptionNote, ct), ct)).WithSummary("专家论证意见（第19–20条）");
        group.MapPost("/{id:guid}/risk-assessment", (Guid id, RiskAssessmentRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.RecordRiskAssessmentAsync(d, r.Assessor, r.On, r.Points.Select(p => RiskPoint.Create(p.Category, p.Description, p.Likelihood, p.Impact, p.Mitigation)).ToList(),
                r.Level!.Value, r.Mitigation, r.ContingencyPlan, ct), ct)).WithSummary("风险评估（第22–24条）");
        group.MapPost("/{id:guid}/legality-review-request", (Guid id, LegalityRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.RequestLegalityReviewAsync(d, r.RequestedOn, r.ReplyBy, ct), ct)).WithSummary("送请合法性审查（第26条：不少于7个工作日）");
        group.MapPost("/{id:guid}/legality-review", (Guid id, LegalityOpinionRequest r, DecisionWorkflow w, FazhiDbContext db, CancellationToken ct) =>
            Step(id, w, d => w.RecordLegalityOpinionAsync(d, string.IsNullOrWhiteSpace(r.Reviewer) ? db.Tenant.UserName : r.Reviewer, r.Opinion!.Value, r.OpinionText, r.On, ct), ct))
            .RequireAuthorization(p => p.RequireRole(Roles.LegalAdvisor, Roles.LegalClerk)).WithSummary("合法性审查意见（第27–28条）");
        group.MapPost("/{id:guid}/collective-decision", (Guid id, MeetingRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.DecideAsync(d, r.ToCommand(), ct), ct)).WithSummary("集体讨论决定（第30条：行政首长末位表态）");
        group.MapPost("/{id:guid}/party-committee-requirement", (Guid id, PartyCommitteeRequirementRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.RequirePartyCommitteeReportAsync(d, r.Required, ct), ct)).WithSummary("是否须报请同级党委同意（第31条）");
        group.MapPost("/{id:guid}/party-committee-report", (Guid id, PartyCommitteeReportRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.ReportToPartyCommitteeAsync(d, r.Committee, r.Matter, r.ReportedOn, ct), ct)).WithSummary("向同级党委请示报告（第31条）");
        group.MapPost("/{id:guid}/party-committee-reply", (Guid id, PartyCommitteeReplyRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.RecordPartyCommitteeReplyAsync(d, r.Agreed!.Value, r.Reply, r.RepliedOn, ct), ct)).WithSummary("记录同级党委的意见（第31条）");
        group.MapPost("/{id:guid}/publication", (Guid id, PublicationRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.PublishAsync(d, r.DocumentNumber, r.Text, r.Interpretation, r.On, ct), ct)).WithSummary("公布决策（第32条）");
        group.MapPost("/{id:guid}/milestones", (Guid id, MilestoneRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.AddMilestoneAsync(d, r.Title, r.Executor, r.DueOn!.Value, ct), ct)).WithSummary("执行节点（第34条）");
        group.MapPost("/{id:guid}/milestones/{milestoneId:guid}/completion", (Guid id, Guid milestoneId, CompletionRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.CompleteMilestoneAsync(d, milestoneId, r.Note, r.On, ct), ct)).WithSummary("执行节点完成情况");
        group.MapPost("/{id:guid}/evaluations", (Guid id, EvaluationRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.PlanEvaluationAsync(d, r.Trigger, r.Evaluator, r.StartedOn, r.DueOn!.Value, ct), ct)).WithSummary("启动决策后评估（第36条）");
        group.MapPost("/{id:guid}/evaluations/{evaluationId:guid}/completion", (Guid id, Guid evaluationId, EvaluationReportRequest r, DecisionWorkflow w, CancellationToken ct) =>
            Step(id, w, d => w.CompleteEvaluationAsync(d, evaluationId, r.Conclusion!.Value, r.Report, r.On, ct), ct)).WithSummary("决策后评估报告");
        group.MapPost("/{id:guid}/attachments", AttachAsync).WithSummary("上传决策材料或会议录音（第33条；表单须带防伪令牌）");
    }

    private static async Task<Results<Ok<DecisionResponse>, NotFound>> Step(Guid id, DecisionWorkflow workflow, Func<MajorDecision, Task> step, CancellationToken ct)
    {
        var decision = await workflow.FindAsync(id, ct);
        if (decision is null)
        {
            return TypedResults.NotFound();
        }

        await step(decision);
        return TypedResults.Ok(DecisionResponse.From(decision, await workflow.MeetingAsync(decision.MeetingId, ct)));
    }

    private static async Task<Results<Ok<DecisionResponse>, NotFound>> GetAsync(Guid id, DecisionWorkflow workflow, CancellationToken ct) =>
        await workflow.FindAsync(id, ct) is { } d ? TypedResults.Ok(DecisionResponse.From(d, await workflow.MeetingAsync(d.MeetingId, ct))) : TypedResults.NotFound();

    private static async Task<List<DecisionSummary>> ListAsync(FazhiDbContext db, int? year, DecisionStage? stage, CancellationToken ct)
    {
        var query = db.Set<MajorDecision>().IgnoreAutoIncludes().AsQueryable();
        if (year is not null)
        {
            query = query.Where(d => d.Year == year);
        }

        if (stage is not null)
        {
            query = query.Where(d => d.Stage == stage);
        }

        return await query.OrderByDescending(d => d.Year).ThenByDescending(d => d.Sequence).Take(1000)
            .Select(d => new DecisionSummary(d.Id, d.Year, d.Sequence, d.Title, d.Owner, d.Stage, d.RiskLevel, d.LegalityOpinion, d.Outcome, d.PublishedOn))
            .ToListAsync(ct);
    }

    /// <summary>Risk points across decisions, highest score first: the risk assessment as data that can be queried and reported.</summary>
    private static async Task<List<RiskRegisterLine>> RisksAsync(FazhiDbContext db, int? year, int? minScore, string? category, RiskLevel? level, CancellationToken ct)
    {
        var decisions = db.Set<MajorDecision>().IgnoreAutoIncludes().Where(d => d.RiskAssessedOn != null);
        if (year is not null)
        {
            decisions = decisions.Where(d => d.Year == year);
        }

        if (level is not null)
        {
            decisions = decisions.Where(d => d.RiskLevel == level);
        }

        var query = from d in decisions
                    join p in db.Set<RiskPoint>() on d.Id equals p.DecisionId
                    select new { d, p };
        if (minScore is not null)
        {
            query = query.Where(x => x.p.Score >= minScore);
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            query = query.Where(x => x.p.Category == category);
        }

        return await query.OrderByDescending(x => x.p.Score).ThenBy(x => x.d.Title).Take(1000)
            .Select(x => new RiskRegisterLine(x.d.Id, x.d.Title, x.d.RiskLevel!.Value, x.d.ContingencyPlan != null, x.p.Category, x.p.Description, x.p.Likelihood, x.p.Impact, x.p.Score, x.p.Mitigation))
            .ToListAsync(ct);
    }

    private static async Task<Created<DecisionResponse>> InitiateAsync(InitiateRequest r, DecisionWorkflow workflow, FazhiDbContext db, CancellationToken ct)
    {
        var decision = await workflow.InitiateAsync(db.Tenant.TownshipId!.Value, r.ToCommand(), ct);
        return TypedResults.Created($"/api/workspace/decisions/{decision.Id}", DecisionResponse.From(decision, null));
    }

    private static async Task<Results<Ok<DecisionResponse>, NotFound, ValidationProblem>> AttachAsync(Guid id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? purpose, DecisionWorkflow workflow, CancellationToken ct)
    {
        if (file is null || string.IsNullOrWhiteSpace(purpose))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择文件并填写材料用途（如会议录音、风险评估报告）"] });
        }

        var decision = await workflow.FindAsync(id, ct);
        if (decision is null)
        {
            return TypedResults.NotFound();
        }

        await using var stream = file.OpenReadStream();
        await workflow.AttachAsync(decision, purpose.Trim(), file.FileName, stream, ct);
        return TypedResults.Ok(DecisionResponse.From(decision, await workflow.MeetingAsync(decision.MeetingId, ct)));
    }
}

public sealed record OptionRequest(
    [property: Required(ErrorMessage = "请填写方案名称"), MaxLength(200, ErrorMessage = "方案名称不超过 200 字")] string Name,
    [property: Required(ErrorMessage = "请填写方案内容"), MaxLength(4000, ErrorMessage = "方案内容不超过 4000 字")] string Description,
    bool Recommended);

public sealed record InitiateRequest(
    [property: Required(ErrorMessage = "请填写决策事项名称"), MaxLength(200, ErrorMessage = "名称不超过 200 字")] string Title,
    DecisionCategory Category,
    [property: Required(ErrorMessage = "请填写决策承办单位"), MaxLength(100, ErrorMessage = "承办单位不超过 100 字")] string Owner,
    [property: Required(ErrorMessage = "请填写决策建议提出人"), MaxLength(100, ErrorMessage = "提出人不超过 100 字")] string Proposer,
    [property: Required(ErrorMessage = "请填写决策背景和必要性"), MaxLength(4000, ErrorMessage = "背景不超过 4000 字")] string Background,
    [property: Required(ErrorMessage = "请填写决策草案"), MaxLength(20000, ErrorMessage = "草案不超过 20000 字")] string DraftText,
    [property: MaxLength(4000, ErrorMessage = "起草说明不超过 4000 字")] string? DraftExplanation,
    List<OptionRequest>? Options,
    Guid? CatalogItemId,
    DateOnly? InitiatedOn,
    bool ReportToPartyCommittee = false)
{
    internal InitiateCommand ToCommand() => new(Title, Category, Owner, Proposer, Background, DraftText, DraftExplanation ?? "",
        (Options ?? []).Select(o => (o.Name, o.Description, o.Recommended)).ToList(), CatalogItemId, InitiatedOn, ReportToPartyCommittee);
}

public sealed record PublicCommentRequest(
    [property: Range(1, 365, ErrorMessage = "征求意见期限应在 1 至 365 日之间")] int? Days,
    [property: MaxLength(500, ErrorMessage = "缩短理由不超过 500 字")] string? ShortenedReason);

public sealed record HearingRequest(
    [property: Required(ErrorMessage = "请填写听证事项"), MaxLength(200, ErrorMessage = "听证事项不超过 200 字")] string Subject,
    [property: Required(ErrorMessage = "请填写听证地点"), MaxLength(200, ErrorMessage = "地点不超过 200 字")] string Place,
    [property: Required(ErrorMessage = "请填写听证日期")] DateOnly? HeldOn,
    [property: Required(ErrorMessage = "请填写听证参加人遴选办法"), MaxLength(1000, ErrorMessage = "遴选办法不超过 1000 字")] string ParticipantSelection,
    [property: Required(ErrorMessage = "请填写听证参加人"), MaxLength(2000, ErrorMessage = "参加人不超过 2000 字")] string Participants,
    DateOnly? NoticedOn);

internal sealed record DateRequest(DateOnly? On);

public sealed record HearingRecordRequest(
    [property: Required(ErrorMessage = "请填写听证笔录"), MaxLength(20000, ErrorMessage = "笔录不超过 20000 字")] string Record,
    bool ParticipantsSigned,
    DateOnly? On);

public sealed record ExpertOpinionRequest(
    [property: Required(ErrorMessage = "请填写专家姓名"), MaxLength(50, ErrorMessage = "姓名不超过 50 字")] string Expert,
    [property: Required(ErrorMessage = "请填写专家单位和职称"), MaxLength(200, ErrorMessage = "单位不超过 200 字")] string Affiliation,
    [property: Required(ErrorMessage = "请填写论证形式"), MaxLength(30, ErrorMessage = "论证形式不超过 30 字")] string Form,
    [property: Required(ErrorMessage = "请填写书面论证意见"), MaxLength(8000, ErrorMessage = "意见不超过 8000 字")] string Opinion,
    bool HasInterest,
    DateOnly? On,
    bool Adopted,
    [property: MaxLength(2000, ErrorMessage = "采纳说明不超过 2000 字")] string? AdoptionNote);

public sealed record RiskPointRequest(
    [property: Required(ErrorMessage = "请填写风险类别"), MaxLength(30, ErrorMessage = "类别不超过 30 字")] string Category,
    [property: Required(ErrorMessage = "请描述风险点"), MaxLength(2000, ErrorMessage = "描述不超过 2000 字")] string Description,
    [property: Range(1, 5, ErrorMessage = "发生可能性为 1 至 5 级")] int Likelihood,
    [property: Range(1, 5, ErrorMessage = "影响程度为 1 至 5 级")] int Impact,
    [property: Required(ErrorMessage = "请填写防范措施"), MaxLength(2000, ErrorMessage = "措施不超过 2000 字")] string Mitigation);

public sealed record RiskAssessmentRequest(
    [property: Required(ErrorMessage = "请填写评估单位"), MaxLength(100, ErrorMessage = "评估单位不超过 100 字")] string Assessor,
    DateOnly? On,
    [property: Required(ErrorMessage = "请列明风险点")] List<RiskPointRequest> Points,
    [property: Required(ErrorMessage = "请选择风险等级")] RiskLevel? Level,
    [property: Required(ErrorMessage = "请填写风险防范措施"), MaxLength(4000, ErrorMessage = "措施不超过 4000 字")] string Mitigation,
    [property: MaxLength(4000, ErrorMessage = "处置预案不超过 4000 字")] string? ContingencyPlan);

internal sealed record LegalityRequest(DateOnly? RequestedOn, DateOnly? ReplyBy);

public sealed record LegalityOpinionRequest(
    [property: MaxLength(100, ErrorMessage = "审查人不超过 100 字")] string? Reviewer,
    [property: Required(ErrorMessage = "请选择审查结论")] LegalityOpinion? Opinion,
    [property: Required(ErrorMessage = "请填写书面审查意见"), MaxLength(4000, ErrorMessage = "意见不超过 4000 字")] string OpinionText,
    DateOnly? On);

public sealed record MemberViewRequest(
    [property: Required(ErrorMessage = "请填写发言人"), MaxLength(50, ErrorMessage = "发言人不超过 50 字")] string Member,
    [property: Required(ErrorMessage = "请填写职务"), MaxLength(50, ErrorMessage = "职务不超过 50 字")] string Post,
    bool IsHead,
    MemberPosition Position,
    [property: Required(ErrorMessage = "请填写发言要点"), MaxLength(4000, ErrorMessage = "发言不超过 4000 字")] string View);

public sealed record MeetingRequest(
    [property: Required(ErrorMessage = "请填写会议名称"), MaxLength(100, ErrorMessage = "会议名称不超过 100 字")] string MeetingName,
    DateOnly? HeldOn,
    [property: Required(ErrorMessage = "请填写主持人"), MaxLength(50, ErrorMessage = "主持人不超过 50 字")] string Chair,
    [property: Required(ErrorMessage = "请填写参会人员"), MaxLength(1000, ErrorMessage = "参会人员不超过 1000 字")] string Attendees,
    [property: MaxLength(500, ErrorMessage = "缺席人员不超过 500 字")] string? Absentees,
    [property: Required(ErrorMessage = "请填写会议纪要"), MaxLength(20000, ErrorMessage = "纪要不超过 20000 字")] string Minutes,
    MeetingOutcome Outcome,
    [property: MaxLength(2000, ErrorMessage = "理由不超过 2000 字")] string? OverruleReasons,
    [property: Required(ErrorMessage = "请按发言顺序记录各成员意见")] List<MemberViewRequest> Views)
{
    internal MeetingCommand ToCommand() => new(MeetingName, HeldOn, Chair, Attendees, Absentees, Minutes, Outcome, OverruleReasons,
        Views.Select(v => new MemberView { Member = v.Member.Trim(), Post = v.Post.Trim(), IsHead = v.IsHead, Position = v.Position, View = v.View.Trim() }).ToList());
}

public sealed record PublicationRequest(
    [property: Required(ErrorMessage = "请填写文号"), MaxLength(100, ErrorMessage = "文号不超过 100 字")] string DocumentNumber,
    [property: Required(ErrorMessage = "请填写决策文本"), MaxLength(20000, ErrorMessage = "文本不超过 20000 字")] string Text,
    [property: Required(ErrorMessage = "请填写意见采纳情况说明和政策解读"), MaxLength(4000, ErrorMessage = "解读不超过 4000 字")] string Interpretation,
    DateOnly? On);

internal sealed record PartyCommitteeRequirementRequest(bool Required);

public sealed record PartyCommitteeReportRequest(
    [property: Required(ErrorMessage = "请填写请示报告的党委"), MaxLength(100, ErrorMessage = "党委名称不超过 100 字")] string Committee,
    [property: Required(ErrorMessage = "请填写请示报告事项"), MaxLength(2000, ErrorMessage = "请示事项不超过 2000 字")] string Matter,
    DateOnly? ReportedOn);

public sealed record PartyCommitteeReplyRequest(
    [property: Required(ErrorMessage = "请选择党委是否同意")] bool? Agreed,
    [property: Required(ErrorMessage = "请填写党委的意见"), MaxLength(4000, ErrorMessage = "意见不超过 4000 字")] string Reply,
    DateOnly? RepliedOn);

public sealed record MilestoneRequest(
    [property: Required(ErrorMessage = "请填写执行节点"), MaxLength(200, ErrorMessage = "节点不超过 200 字")] string Title,
    [property: Required(ErrorMessage = "请填写执行单位"), MaxLength(100, ErrorMessage = "执行单位不超过 100 字")] string Executor,
    [property: Required(ErrorMessage = "请填写完成期限")] DateOnly? DueOn);

public sealed record CompletionRequest(
    [property: Required(ErrorMessage = "请填写完成情况"), MaxLength(2000, ErrorMessage = "情况不超过 2000 字")] string Note,
    DateOnly? On);

public sealed record EvaluationRequest(
    [property: Required(ErrorMessage = "请填写评估启动原因"), MaxLength(500, ErrorMessage = "原因不超过 500 字")] string Trigger,
    [property: Required(ErrorMessage = "请填写评估单位"), MaxLength(100, ErrorMessage = "评估单位不超过 100 字")] string Evaluator,
    DateOnly? StartedOn,
    [property: Required(ErrorMessage = "请填写评估完成期限")] DateOnly? DueOn);

public sealed record EvaluationReportRequest(
    [property: Required(ErrorMessage = "请选择评估结论")] EvaluationConclusion? Conclusion,
    [property: Required(ErrorMessage = "请填写评估报告"), MaxLength(8000, ErrorMessage = "报告不超过 8000 字")] string Report,
    DateOnly? On);

internal sealed record DecisionSummary(Guid Id, int Year, int Sequence, string Title, string Owner, DecisionStage Stage, RiskLevel? RiskLevel,
    LegalityOpinion? LegalityOpinion, MeetingOutcome? Outcome, DateOnly? PublishedOn);

internal sealed record RiskRegisterLine(Guid DecisionId, string Decision, RiskLevel Level, bool HasContingencyPlan, string Category, string Description, int Likelihood, int Impact, int Score, string Mitigation);

internal sealed record RiskPointResponse(int Order, string Category, string Description, int Likelihood, int Impact, int Score, string Mitigation);

internal sealed record ViewResponse(int Order, string Member, string Post, bool IsHead, MemberPosition Position, string View);

internal sealed record MeetingResponse(Guid Id, string MeetingName, DateOnly HeldOn, string Chair, string Attendees, MeetingOutcome Outcome, int Dissent, string Minutes, IReadOnlyList<ViewResponse> Views);

internal sealed record DecisionResponse(
    Guid Id, string Number, string Title, DecisionCategory Category, string Owner, DecisionStage Stage, string StageLabel, DateOnly InitiatedOn,
    Guid? ConsultationId, DateOnly? CommentClosesOn,
    IReadOnlyList<HearingResponse> Hearings, int ExpertOpinions,
    RiskLevel? RiskLevel, string? ContingencyPlan, IReadOnlyList<RiskPointResponse> RiskPoints,
    DateOnly? LegalityRequestedOn, DateOnly? LegalityReplyBy, LegalityOpinion? LegalityOpinion,
    MeetingOutcome? Outcome, MeetingResponse? Meeting, DateOnly? PublishedOn, string? DocumentNumber,
    IReadOnlyList<MilestoneResponse> Milestones, IReadOnlyList<EvaluationResponse> Evaluations, DateOnly? ArchiveClosedOn, string? ArchiveSeal,
    PartyCommitteeResponse PartyCommittee)
{
    public static DecisionResponse From(MajorDecision d, CollectiveMeeting? m) => new(
        d.Id, d.Number, d.Title, d.Category, d.Owner, d.Stage, DecisionLabels.Stage(d.Stage), d.InitiatedOn, d.ConsultationId, d.CommentClosesOn,
        d.Hearings.OrderBy(h => h.HeldOn).Select(h => new HearingResponse(h.Id, h.Subject, h.HeldOn, h.NoticedOn, h.RecordSigned)).ToList(),
        d.ExpertOpinions.Count, d.RiskLevel, d.ContingencyPlan,
        d.RiskPoints.OrderBy(p => p.Order).Select(p => new RiskPointResponse(p.Order, p.Category, p.Description, p.Likelihood, p.Impact, p.Score, p.Mitigation)).ToList(),
        d.LegalityRequestedOn, d.LegalityReplyBy, d.LegalityOpinion, d.Outcome,
        m is null ? null : new MeetingResponse(m.Id, m.MeetingName, m.HeldOn, m.Chair, m.Attendees, m.Outcome, m.DissentCount, m.Minutes,
            m.Views.OrderBy(v => v.Order).Select(v => new ViewResponse(v.Order, v.Member, v.Post, v.IsHead, v.Position, v.View)).ToList()),
        d.PublishedOn, d.DocumentNumber,
        d.Milestones.OrderBy(x => x.DueOn).Select(x => new MilestoneResponse(x.Id, x.Title, x.DueOn, x.DoneOn)).ToList(),
        d.Evaluations.OrderBy(x => x.StartedOn).Select(x => new EvaluationResponse(x.Id, x.Evaluator, x.DueOn, x.CompletedOn, x.Conclusion)).ToList(),
        d.ArchiveClosedOn, d.ArchiveSeal,
        new PartyCommitteeResponse(d.RequiresPartyCommitteeReport, d.PartyCommittee, d.PartyReportedOn, d.PartyRepliedOn, d.PartyAgreed, d.PartyReply));
}

internal sealed record PartyCommitteeResponse(bool Required, string? Committee, DateOnly? ReportedOn, DateOnly? RepliedOn, bool? Agreed, string? Reply);

internal sealed record HearingResponse(Guid Id, string Subject, DateOnly HeldOn, DateOnly? NoticedOn, bool RecordSigned);

internal sealed record MilestoneResponse(Guid Id, string Title, DateOnly DueOn, DateOnly? DoneOn);

internal sealed record EvaluationResponse(Guid Id, string Evaluator, DateOnly DueOn, DateOnly? CompletedOn, EvaluationConclusion? Conclusion);
