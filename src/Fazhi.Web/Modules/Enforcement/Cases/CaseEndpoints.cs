using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases;

/// <summary>
/// HTTP surface of the case workflow: one POST per statutory step. The steps share one aggregate and one workflow
/// class, so they live together here rather than in a folder each (see the module README).
/// </summary>
internal static class CaseEndpoints
{
    internal static void MapCaseEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/cases", ListAsync).WithSummary("案件台账");
        group.MapGet("/cases/{id:guid}", GetAsync).WithSummary("案件详情");
        group.MapPost("/cases", FileAsync).WithSummary("立案（普通程序）");
        group.MapPost("/cases/on-the-spot", OnTheSpotAsync).WithSummary("简易程序当场处罚");
        group.MapPost("/cases/{id:guid}/evidence", (Guid id, EvidenceRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.AddEvidenceAsync(c, new EvidenceItem { Kind = r.Kind, Description = r.Description, CollectedBy = r.CollectedBy, CollectedOn = r.CollectedOn ?? default, ProcessStep = r.ProcessStep ?? "调查取证", AttachmentId = r.AttachmentId }, ct), ct))
            .WithSummary("登记证据与全过程记录");
        group.MapPost("/cases/{id:guid}/notice", (Guid id, PenaltyRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.NotifyAsync(c, r.Kinds, r.Fine, r.On, ct), ct)).WithSummary("行政处罚事先告知（第44条）");
        group.MapPost("/cases/{id:guid}/statement", (Guid id, StatementRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.RecordStatementAsync(c, r.Summary, r.Waived, ct), ct)).WithSummary("记录陈述申辩");
        group.MapPost("/cases/{id:guid}/hearing-request", (Guid id, DateRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.RequestHearingAsync(c, r.On, ct), ct)).WithSummary("当事人要求听证（第64条）");
        group.MapPost("/cases/{id:guid}/hearing-notice", (Guid id, HearingNoticeRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.ScheduleHearingAsync(c, r.NotifiedOn, r.HearingOn!.Value, r.Host, ct), ct)).WithSummary("通知听证");
        group.MapPost("/cases/{id:guid}/hearing", (Guid id, HearingRecordRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.RecordHearingAsync(c, r.HeldOn, r.Record, ct), ct)).WithSummary("听证笔录");
        group.MapPost("/cases/{id:guid}/legal-review-request", (Guid id, DateRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.RequestLegalReviewAsync(c, r.On, ct), ct)).WithSummary("提请法制审核");
        group.MapPost("/cases/{id:guid}/legal-review", (Guid id, LegalReviewRequest r, CaseWorkflow w, FazhiDbContext db, CancellationToken ct) =>
            Step(id, w, c => w.RecordLegalReviewAsync(c, db.Tenant.UserId!.Value, db.Tenant.UserName, r.Opinion!.Value, r.Reasons, r.On, ct), ct))
            .RequireAuthorization(p => p.RequireRole(Roles.LegalAdvisor, Roles.LegalClerk)).WithSummary("法制审核意见（第58条）");
        group.MapPost("/cases/{id:guid}/discussion", (Guid id, DiscussionRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.RecordDiscussionAsync(c, r.On, r.Attendees, r.Conclusion, ct), ct)).WithSummary("负责人集体讨论（第57条）");
        group.MapPost("/cases/{id:guid}/decision", (Guid id, DecisionRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.DecideAsync(c, r.Kinds, r.Fine, r.Text, r.On, ct), ct))
            .RequireAuthorization(p => p.RequireRole(Roles.Leader)).WithSummary("作出行政处罚决定");
        group.MapPost("/cases/{id:guid}/decision-extension", (Guid id, DecisionExtensionRequest r, HttpContext http, CaseWorkflow w, FazhiDbContext db, CancellationToken ct) =>
            Step(id, w, c => w.ExtendDecisionPeriodAsync(c, r.ApprovedOn, r.Reason,
                new DeadlineApprover(db.Tenant.UserId, db.Tenant.UserName, http.User.IsInRole(Roles.Leader)), ct), ct))
            .WithSummary("负责人批准延长作出处罚决定的期限（第60条）");
        group.MapPost("/cases/{id:guid}/service", (Guid id, ServiceRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.ServeAsync(c, r.On, r.Method, ct), ct)).WithSummary("送达（第61条）");
        group.MapPost("/cases/{id:guid}/execution", (Guid id, ExecutionRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.RecordExecutionAsync(c, r.On, r.Paid, ct), ct)).WithSummary("执行（缴纳罚款）");
        group.MapPost("/cases/{id:guid}/closing", (Guid id, CloseRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.CloseAsync(c, r.Checklist, r.On, ct), ct)).WithSummary("结案（案卷检查）");
        group.MapPost("/cases/{id:guid}/publication", (Guid id, DateRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.PublishAsync(c, r.On, ct), ct)).WithSummary("事后公示");
        group.MapPost("/cases/{id:guid}/revocation", (Guid id, RevokeRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.RevokeAsync(c, r.On, r.Reason, ct), ct))
            .RequireAuthorization(p => p.RequireRole(Roles.Leader)).WithSummary("撤销处罚决定");
        group.MapPost("/cases/{id:guid}/withdrawal", (Guid id, DateRequest r, CaseWorkflow w, CancellationToken ct) =>
            Step(id, w, c => w.WithdrawAsync(c, r.On, ct), ct)).WithSummary("撤回公示（第48条）");
        group.MapGet("/cases/export.xlsx", ExportAsync).WithSummary("导出案件台账");
    }

    private static async Task<Results<Ok<CaseResponse>, NotFound>> Step(Guid id, CaseWorkflow workflow, Func<EnforcementCase, Task> step, CancellationToken ct)
    {
        var @case = await workflow.FindAsync(id, ct);
        if (@case is null)
        {
            return TypedResults.NotFound();
        }

        await step(@case);
        return TypedResults.Ok(CaseResponse.From(@case));
    }

    private static async Task<Results<Ok<CaseResponse>, NotFound>> GetAsync(Guid id, CaseWorkflow workflow, CancellationToken ct) =>
        await workflow.FindAsync(id, ct) is { } @case ? TypedResults.Ok(CaseResponse.From(@case)) : TypedResults.NotFound();

    private static async Task<List<CaseResponse>> ListAsync(FazhiDbContext db, int? year, CaseStage? stage, CancellationToken ct)
    {
        var query = db.Set<EnforcementCase>().AsQueryable();
        if (year is not null)
        {
            query = query.Where(c => c.Year == year);
        }

        if (stage is not null)
        {
            query = query.Where(c => c.Stage == stage);
        }

        var cases = await query.OrderByDescending(c => c.Year).ThenByDescending(c => c.Sequence).Take(1000).ToListAsync(ct);
        return cases.Select(CaseResponse.From).ToList();
    }

    private static async Task<Created<CaseResponse>> FileAsync(FileCaseRequest r, CaseWorkflow workflow, FazhiDbContext db, CancellationToken ct)
    {
        var @case = await workflow.FileAsync(r.ToCommand(CaseProcedure.General), db.Tenant.TownshipId!.Value, ct);
        return TypedResults.Created($"/api/workspace/enforcement/cases/{@case.Id}", CaseResponse.From(@case));
    }

    private static async Task<Created<CaseResponse>> OnTheSpotAsync(OnTheSpotRequest r, CaseWorkflow workflow, FazhiDbContext db, CancellationToken ct)
    {
        var @case = await workflow.DecideOnTheSpotAsync(r.Case.ToCommand(CaseProcedure.Simplified), r.Kinds, r.Fine, r.Text, db.Tenant.TownshipId!.Value, ct);
        return TypedResults.Created($"/api/workspace/enforcement/cases/{@case.Id}", CaseResponse.From(@case));
    }

    private static async Task<FileContentHttpResult> ExportAsync(CaseLedger ledger, FazhiDbContext db, int? year, CancellationToken ct) =>
        TypedResults.File(await ledger.ExportAsync(db.Tenant.TownshipId!.Value, year, ct),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"行政处罚案件台账{year}.xlsx");
}

public sealed record FileCaseRequest(
    CaseSource Source,
    [property: MaxLength(100, ErrorMessage = "来源编号不超过 100 字")] string? SourceReference,
    Guid PowerItemId,
    [property: Required(ErrorMessage = "请填写案由"), MaxLength(200, ErrorMessage = "案由不超过 200 字")] string Title,
    PartyKind PartyKind,
    [property: Required(ErrorMessage = "请填写当事人"), MaxLength(200, ErrorMessage = "当事人不超过 200 字")] string PartyName,
    [property: RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "身份证号码应为 18 位")] string? PartyIdNumber,
    [property: RegularExpression(@"^[0-9A-HJ-NPQRTUWXY]{18}$", ErrorMessage = "统一社会信用代码应为 18 位")] string? PartyCreditCode,
    [property: MaxLength(50, ErrorMessage = "法定代表人不超过 50 字")] string? LegalRepresentative,
    [property: MaxLength(30, ErrorMessage = "电话不超过 30 字")] string? PartyPhone,
    [property: MaxLength(200, ErrorMessage = "地址不超过 200 字")] string? PartyAddress,
    [property: Required(ErrorMessage = "请填写违法事实"), MaxLength(4000, ErrorMessage = "违法事实不超过 4000 字")] string Facts,
    [property: Required(ErrorMessage = "请指派执法人员")] List<Guid> OfficerIds,
    bool IsMajor,
    bool IsComplex,
    DateOnly? FiledOn)
{
    internal FileCaseCommand ToCommand(CaseProcedure procedure) => new(procedure, Source, SourceReference, PowerItemId, Title, PartyKind, PartyName,
        PartyIdNumber, PartyCreditCode, LegalRepresentative, PartyPhone, PartyAddress, Facts, OfficerIds, IsMajor, IsComplex, FiledOn);
}

public sealed record OnTheSpotRequest(
    [property: Required(ErrorMessage = "请填写案件信息")] FileCaseRequest Case,
    [property: Required(ErrorMessage = "请选择处罚种类")] List<string> Kinds,
    [property: Range(0, 3000, ErrorMessage = "当场罚款金额不得超过 3000 元")] decimal? Fine,
    [property: Required(ErrorMessage = "请填写决定内容"), MaxLength(8000, ErrorMessage = "决定内容不超过 8000 字")] string Text);

public sealed record EvidenceRequest(
    [property: Required(ErrorMessage = "请填写证据种类"), MaxLength(30, ErrorMessage = "证据种类不超过 30 字")] string Kind,
    [property: Required(ErrorMessage = "请填写证据说明"), MaxLength(2000, ErrorMessage = "说明不超过 2000 字")] string Description,
    [property: Required(ErrorMessage = "请填写取证人"), MaxLength(100, ErrorMessage = "取证人不超过 100 字")] string CollectedBy,
    DateOnly? CollectedOn,
    [property: MaxLength(20, ErrorMessage = "环节不超过 20 字")] string? ProcessStep,
    Guid? AttachmentId);

public sealed record PenaltyRequest(
    [property: Required(ErrorMessage = "请选择处罚种类")] List<string> Kinds,
    [property: Range(0, 100000000, ErrorMessage = "罚款金额无效")] decimal? Fine,
    DateOnly? On);

public sealed record StatementRequest([property: Required(ErrorMessage = "请填写陈述申辩情况"), MaxLength(4000, ErrorMessage = "不超过 4000 字")] string Summary, bool Waived);

internal sealed record DateRequest(DateOnly? On);

public sealed record HearingNoticeRequest(DateOnly? NotifiedOn, [property: Required(ErrorMessage = "请填写听证日期")] DateOnly? HearingOn, [property: Required(ErrorMessage = "请填写听证主持人"), MaxLength(50, ErrorMessage = "不超过 50 字")] string Host);

public sealed record HearingRecordRequest(DateOnly? HeldOn, [property: Required(ErrorMessage = "请填写听证笔录摘要"), MaxLength(8000, ErrorMessage = "不超过 8000 字")] string Record);

public sealed record LegalReviewRequest([property: Required(ErrorMessage = "请选择审核意见")] LegalReviewOpinion? Opinion, [property: Required(ErrorMessage = "请填写审核意见理由"), MaxLength(4000, ErrorMessage = "不超过 4000 字")] string Reasons, DateOnly? On);

public sealed record DiscussionRequest(DateOnly? On, [property: Required(ErrorMessage = "请填写参会人员"), MaxLength(500, ErrorMessage = "不超过 500 字")] string Attendees, [property: Required(ErrorMessage = "请填写讨论结论"), MaxLength(4000, ErrorMessage = "不超过 4000 字")] string Conclusion);

public sealed record DecisionRequest(
    [property: Required(ErrorMessage = "请选择处罚种类")] List<string> Kinds,
    [property: Range(0, 100000000, ErrorMessage = "罚款金额无效")] decimal? Fine,
    [property: Required(ErrorMessage = "请填写决定书正文"), MaxLength(8000, ErrorMessage = "不超过 8000 字")] string Text,
    DateOnly? On);

public sealed record DecisionExtensionRequest(
    DateOnly? ApprovedOn,
    [property: Required(ErrorMessage = "请填写延长理由"), MaxLength(1000, ErrorMessage = "延长理由不超过 1000 字")] string Reason);

public sealed record ServiceRequest(DateOnly? On, [property: Required(ErrorMessage = "请选择送达方式"), MaxLength(50, ErrorMessage = "不超过 50 字")] string Method);

public sealed record ExecutionRequest(DateOnly? On, [property: Range(0, 100000000, ErrorMessage = "金额无效")] decimal? Paid);

public sealed record CloseRequest([property: Required(ErrorMessage = "请填写案卷检查结果")] CaseFileChecklist Checklist, DateOnly? On);

public sealed record RevokeRequest(DateOnly? On, [property: Required(ErrorMessage = "请填写撤销理由"), MaxLength(1000, ErrorMessage = "不超过 1000 字")] string Reason);

internal sealed record CaseResponse(
    Guid Id, string CaseNumber, string Title, string Stage, string Procedure, string PartyName, string PowerItem,
    DateOnly FiledOn, DateOnly? NoticedOn, DateOnly? DecidedOn, DateOnly? ServedOn, DateOnly? ClosedOn,
    string? DecisionNumber, string? PenaltyKinds, decimal? FineAmount, bool IsMajor, bool NeedsLegalReview, string? LegalReviewOpinion,
    bool HearingEligible, DateOnly? StatementDeadline, DateOnly? PaymentDueOn, bool IsRevoked, IReadOnlyList<string> Officers, int EvidenceCount,
    IReadOnlyList<DecisionExtensionResponse> DecisionExtensions)
{
    public static CaseResponse From(EnforcementCase c) => new(
        c.Id, c.CaseNumber, c.Title, Rules.CaseStages.Label(c.Stage), c.Procedure == CaseProcedure.General ? "普通程序" : "简易程序", c.PartyName, c.PowerItemName,
        c.FiledOn, c.NoticedOn, c.DecidedOn, c.ServedOn, c.ClosedOn, c.DecisionNumber, c.PenaltyKinds, c.FineAmount, c.IsMajor, c.NeedsLegalReview,
        c.LegalReviewOpinion switch { Cases.LegalReviewOpinion.Approved => "同意", Cases.LegalReviewOpinion.HasProblems => "存在问题", _ => null },
        c.HearingEligible, c.StatementDeadline, c.PaymentDueOn, c.IsRevoked, c.Officers.Select(o => o.OfficerName).ToList(), c.Evidence.Count,
        c.DecisionExtensions.OrderBy(e => e.ApprovedOn).ThenBy(e => e.NewDueOn)
            .Select(e => new DecisionExtensionResponse(e.ApprovedOn, e.ApproverName, e.Reason, e.AddedDays, e.PreviousDueOn, e.NewDueOn)).ToList());
}

internal sealed record DecisionExtensionResponse(DateOnly ApprovedOn, string ApprovedBy, string Reason, int AddedDays, DateOnly PreviousDueOn, DateOnly NewDueOn);
