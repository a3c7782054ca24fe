using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Documents.Deliberation;
using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Evaluation;
using Fazhi.Modules.Documents.Filing;
using Fazhi.Modules.Documents.LegalityReview;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Documents.PublicComment;
using Fazhi.Modules.Documents.Publication;
using Fazhi.Modules.Documents.Record;
using Fazhi.Modules.Documents.Registration;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>
/// One document's record and the form of each step its procedure allows next. A refused step shows its rule's
/// message (with the legal basis) at the top of the page; a missing field shows next to the field.
/// </summary>
internal sealed class DetailModel(
    FazhiDbContext db,
    IDeadlines deadlines,
    IAttachments attachments,
    IConsultations consultations,
    PublicCommentHandler comment,
    LegalityReviewHandler review,
    DeliberationHandler deliberation,
    RegistrationHandler registration,
    PublicationHandler publication,
    FilingHandler filing,
    EvaluationHandler evaluation,
    IOptions<DocumentsOptions> options,
    TimeProvider clock) : PageModel, IStepPage
{
    [BindProperty]
    public StepForm Form { get; set; } = new();

    public DocumentDetail Detail { get; private set; } = null!;

    public ConsultationInfo? Consultation { get; private set; }

    /// <summary>The document's own attachments, published with it; uploads only while its text may still change.</summary>
    public AttachmentsPanel Files { get; private set; } = null!;

    public IReadOnlyList<(string UserName, string DisplayName)> Advisors { get; private set; } = [];

    public DocumentsOptions Options => options.Value;

    public DateOnly Today => clock.Today();

    /// <summary>Whether the signing form is offered: the step's own rule answers, as it does when the form is posted.</summary>
    public bool CanSign => WhoMayRule.Of<SignedByLeaders>().Admits(User.ToActor());

    /// <summary>Which signature the signed-in leader gives (ADR 0027): only that signature's form is offered.</summary>
    public LeaderPost SignerPost { get; private set; }

    /// <summary>The county's 责令纠正 still to be answered (停止执行, amend and republish, or revoke).</summary>
    public CorrectionOrder? OpenCorrection { get; private set; }

    /// <summary>The step whose form failed, to open it and show the message.</summary>
    public string? FailedStep { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    [WhoMay<PublicCommentRunByClerkOrLeader>]
    public Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "comment", async () => await comment.OpenAsync(id, User.ToActor(), ct) is not null, ct);

    [WhoMay<PublicCommentRunByClerkOrLeader>]
    public Task<IActionResult> OnPostCompleteCommentAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "comment", async () => await comment.CompleteAsync(id, User.ToActor(), ct) is not null, ct);

    [WhoMay<LegalityReviewRequestedByClerkOrLeader>]
    public Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct) => RunAsync(id, "review", async () =>
    {
        if (Form.WorkingDays is < 1 or > 60)
        {
            ModelState.AddModelError("Form.WorkingDays", "审核期限须为 1 至 60 个工作日。");
            return true;
        }

        var (assigned, error) = await review.AssignAsync(id, new AssignReviewRequest(Form.ReviewerKind, Form.AdvisorUserName, Form.CountyBodyName, Form.WorkingDays), User.ToActor(), ct);
        if (error is not null)
        {
            ModelState.AddModelError(Form.ReviewerKind == ReviewerKind.LegalAdvisor ? "Form.AdvisorUserName" : "Form.CountyBodyName", error);
            return true;
        }

        return assigned is not null;
    }, ct);

    [WhoMay<DeliberationRecordedByClerkOrLeader>]
    public Task<IActionResult> OnPostDeliberateAsync(Guid id, IFormFile? audio, CancellationToken ct) => RunAsync(id, "deliberate", async () =>
    {
        Require(Form.Date is not null, "Form.Date", "请填写会议日期。");
        Require(!string.IsNullOrWhiteSpace(Form.Attendees), "Form.Attendees", "请填写参会人员。");
        Require(!string.IsNullOrWhiteSpace(Form.Text), "Form.Text", "请填写会议纪要。");
        if (!ModelState.IsValid)
        {
            return true;
        }

        await using var stream = audio?.OpenReadStream();
        return await deliberation.RecordAsync(id, new DeliberationRequest(Form.Date, Form.Attendees!, Form.Decision, Form.Dissent, Form.Text!), User.ToActor(), audio?.FileName, stream, ct) is not null;
    }, ct);

    [WhoMay<RegistrationByClerkOrLeader>]
    public Task<IActionResult> OnPostRegisterAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "register", async () => await registration.RegisterAsync(id, User.ToActor(), ct) is not null, ct);

    [WhoMay<SignedByLeaders>]
    public Task<IActionResult> OnPostSignAsync(Guid id, SignerRole role, CancellationToken ct) =>
        RunAsync(id, "sign", async () => await registration.SignAsync(id, role, User.ToActor(), ct) is not null, ct);

    [WhoMay<PublicationByClerkOrLeader>]
    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => RunAsync(id, "publish", async () =>
    {
        Require(Form.Date is not null, "Form.Date", "请填写成文日期。");
        Require(Form.EffectiveFrom is not null, "Form.EffectiveFrom", "请填写施行日期。");
        if (!ModelState.IsValid)
        {
            return true;
        }

        return await publication.PublishAsync(id, new PublishRequest(Form.IndexNumber, Form.Date, Form.EffectiveFrom, Form.DisclosureMode), User.ToActor(), ct) is not null;
    }, ct);

    [WhoMay<FilingSubmittedByClerkOrLeader>]
    public Task<IActionResult> OnPostFileAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "file", async () => await filing.SubmitAsync(id, User.ToActor(), ct) is not null, ct);

    [WhoMay<AmendmentReopenedByClerkOrLeader>]
    public Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct) => RunAsync(id, "reopen", async () =>
    {
        Require(!string.IsNullOrWhiteSpace(Form.Reason), "Form.Reason", "请填写重新起草的理由。");
        return !ModelState.IsValid || await filing.ReopenAsync(id, Form.Reason!.Trim(), User.ToActor(), ct) is not null;
    }, ct);

    [WhoMay<CorrectionAnsweredByClerkOrLeader>]
    public Task<IActionResult> OnPostSuspendAsync(Guid id, CancellationToken ct) => RunAsync(id, "suspend", async () =>
    {
        Require(!string.IsNullOrWhiteSpace(Form.Reason), "Form.Reason", "请填写停止执行的理由。");
        return !ModelState.IsValid || await filing.SuspendAsync(id, Form.Reason!.Trim(), User.ToActor(), ct) is not null;
    }, ct);

    [WhoMay<CorrectionAnsweredByClerkOrLeader>]
    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) => RunAsync(id, "revoke", async () =>
    {
        Require(!string.IsNullOrWhiteSpace(Form.Reason), "Form.Reason", "请填写撤销理由。");
        return !ModelState.IsValid || await filing.RevokeAsync(id, Form.Reason!.Trim(), User.ToActor(), ct) is not null;
    }, ct);

    [WhoMay<RepealedByClerkOrLeader>]
    public Task<IActionResult> OnPostRepealAsync(Guid id, CancellationToken ct) => RunAsync(id, "repeal", async () =>
    {
        Require(!string.IsNullOrWhiteSpace(Form.Reason), "Form.Reason", "请填写废止理由。");
        return !ModelState.IsValid || await filing.RepealAsync(id, Form.Reason!.Trim(), User.ToActor(), ct) is not null;
    }, ct);

    [WhoMay<EvaluationRecordedByClerkOrLeader>]
    public Task<IActionResult> OnPostEvaluateAsync(Guid id, CancellationToken ct) => RunAsync(id, "evaluate", async () =>
    {
        Require(Form.Date is not null, "Form.Date", "请填写评估日期。");
        Require(!string.IsNullOrWhiteSpace(Form.Evaluator), "Form.Evaluator", "请填写评估主体。");
        Require(!string.IsNullOrWhiteSpace(Form.Text), "Form.Text", "请填写评估发现。");
        Require(!string.IsNullOrWhiteSpace(Form.Conclusion), "Form.Conclusion", "请填写评估结论。");
        return !ModelState.IsValid
            || await evaluation.RecordAsync(id, new EvaluationRequest(Form.Date, Form.Evaluator!, Form.Text!, Form.Conclusion!), User.ToActor(), ct) is not null;
    }, ct);

    private async Task<IActionResult> RunAsync(Guid id, string step, Func<Task<bool>> action, CancellationToken ct)
    {
        try
        {
            if (!await action())
            {
                return NotFound();
            }
        }
        catch (BusinessRuleException e)
        {
            Refusal = e.Message;
        }

        if (Refusal is not null || !ModelState.IsValid)
        {
            FailedStep = step;
            // The refused step changed nothing: show the record as stored.
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Flash"] = await DocumentStepOutcome.DescribeAsync(db, deadlines, id, step, ct);
        return Redirect($"/workspace/documents/{id}");
    }

    private void Require(bool ok, string key, string message)
    {
        if (!ok)
        {
            ModelState.AddModelError(key, message);
        }
    }

    /// <summary>What a form refused before its handler ran (StepPageFilter) shows again: the record of the route's document.</summary>
    public Task<bool> LoadAsync(CancellationToken ct) =>
        Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) ? LoadAsync(id, ct) : Task.FromResult(false);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var detail = await DocumentDetail.LoadAsync(db, deadlines, attachments, id, clock.Today(), ct);
        if (detail is null)
        {
            return false;
        }

        Detail = detail;
        var userName = User.Identity?.Name;
        SignerPost = await db.Users.Where(u => u.UserName == userName).Select(u => u.LeaderPost).SingleOrDefaultAsync(ct);
        OpenCorrection = await filing.OpenCorrectionAsync(id, ct);
        Files = new AttachmentsPanel(
            DocumentAttachmentGuard.OwnerType,
            id,
            await attachments.ForOwnerAsync(id, ct),
            $"/workspace/documents/{id}",
            DefaultPurpose: "文件附件",
            CanUpload: DocumentAttachmentGuard.RulesFor(detail.Status).All(rule => !rule.IsBroken),
            Title: "文件附件",
            Hint: "附件、起草说明、政策解读等随文件一并公布；公开征求意见、合法性审核期间和登记编号、签发后不得增减。");
        Consultation = detail.ConsultationId is { } cid ? await consultations.FindAsync(cid, clock.Today(), ct) : null;
        Advisors = await review.AdvisorsAsync(db.Tenant.TownshipId ?? Guid.Empty);
        Form.WorkingDays ??= options.Value.LegalityReviewWorkingDays;
        return true;
    }
}

/// <summary>The fields of every step form; each handler reads and checks what its step needs.</summary>
internal sealed class StepForm
{
    public ReviewerKind ReviewerKind { get; set; } = ReviewerKind.LegalAdvisor;

    public string? AdvisorUserName { get; set; }

    public string? CountyBodyName { get; set; }

    public int? WorkingDays { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public string? Attendees { get; set; }

    public DeliberationDecision Decision { get; set; } = DeliberationDecision.Approved;

    public string? Dissent { get; set; }

    public string? Text { get; set; }

    public string? IndexNumber { get; set; }

    public string? DisclosureMode { get; set; }

    public string? Reason { get; set; }

    public string? Evaluator { get; set; }

    public string? Conclusion { get; set; }
}
