using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Pages;

/// <summary>One case: its record, its deadlines, and a form for each step the procedure allows next.</summary>
internal sealed class CaseDetailModel(FazhiDbContext db, CaseWorkflow workflow, IDeadlines deadlines, IOptions<EnforcementOptions> options) : PageModel
{
    [BindProperty]
    public StepForm Form { get; set; } = new();

    public EnforcementCase Case { get; private set; } = null!;

    public PenaltyDisclosure? Disclosure { get; private set; }

    public IReadOnlyList<DeadlineInfo> Deadlines { get; private set; } = [];

    public EnforcementOptions Options => options.Value;

    public bool IsLeader => User.IsInRole(Roles.Leader);

    public bool IsReviewer => User.IsInRole(Roles.LegalAdvisor) || User.IsInRole(Roles.LegalClerk);

    public decimal LateFeeToday => Case.LateFeeOn(workflow.Today, options.Value.LateFeeRatePerDay);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostEvidenceAsync(Guid id, CancellationToken ct) => RunAsync(id, "evidence", c =>
    {
        Require(Form.Kind, "Form.Kind", "请填写证据种类。");
        Require(Form.Text, "Form.Text", "请填写证据说明。");
        return ModelState.IsValid
            ? workflow.AddEvidenceAsync(c, new EvidenceItem { Kind = Form.Kind!, Description = Form.Text!, CollectedBy = db.Tenant.UserName, CollectedOn = Form.On ?? default, ProcessStep = Form.ProcessStep ?? "调查取证" }, ct)
            : Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostNoticeAsync(Guid id, CancellationToken ct) => RunAsync(id, "notice", c => workflow.NotifyAsync(c, NewCaseModel.SplitKinds(Form.Kinds), Form.Amount, Form.On, ct), ct);

    public Task<IActionResult> OnPostStatementAsync(Guid id, CancellationToken ct) => RunAsync(id, "statement", c =>
    {
        Require(Form.Text, "Form.Text", "请填写陈述申辩情况。");
        return ModelState.IsValid ? workflow.RecordStatementAsync(c, Form.Text!, Form.Flag, ct) : Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostHearingRequestAsync(Guid id, CancellationToken ct) => RunAsync(id, "hearing-request", c => workflow.RequestHearingAsync(c, Form.On, ct), ct);

    public Task<IActionResult> OnPostHearingNoticeAsync(Guid id, CancellationToken ct) => RunAsync(id, "hearing-notice", c =>
    {
        Require(Form.Person, "Form.Person", "请填写听证主持人。");
        if (Form.Date is null)
        {
            ModelState.AddModelError("Form.Date", "请填写听证日期。");
        }

        return ModelState.IsValid ? workflow.ScheduleHearingAsync(c, Form.On, Form.Date!.Value, Form.Person!, ct) : Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostHearingAsync(Guid id, CancellationToken ct) => RunAsync(id, "hearing", c =>
    {
        Require(Form.Text, "Form.Text", "请填写听证笔录摘要。");
        return ModelState.IsValid ? workflow.RecordHearingAsync(c, Form.On, Form.Text!, ct) : Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostReviewRequestAsync(Guid id, CancellationToken ct) => RunAsync(id, "review-request", c => workflow.RequestLegalReviewAsync(c, Form.On, ct), ct);

    public Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct) => RunAsync(id, "review", c =>
    {
        if (!IsReviewer)
        {
            throw new BusinessRuleException("enforcement.review.not-reviewer", "法制审核应由法制审核人员（法律顾问或法制员）作出（国办发〔2018〕118号（十一））。");
        }

        Require(Form.Text, "Form.Text", "请填写审核意见理由。");
        return ModelState.IsValid
            ? workflow.RecordLegalReviewAsync(c, db.Tenant.UserId!.Value, db.Tenant.UserName, Form.Flag ? LegalReviewOpinion.Approved : LegalReviewOpinion.HasProblems, Form.Text!, Form.On, ct)
            : Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostDiscussionAsync(Guid id, CancellationToken ct) => RunAsync(id, "discussion", c =>
    {
        Require(Form.Person, "Form.Person", "请填写参会人员。");
        Require(Form.Text, "Form.Text", "请填写讨论结论。");
        return ModelState.IsValid ? workflow.RecordDiscussionAsync(c, Form.On, Form.Person!, Form.Text!, ct) : Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostDecisionAsync(Guid id, CancellationToken ct) => RunAsync(id, "decision", c =>
    {
        if (!IsLeader)
        {
            throw new BusinessRuleException("enforcement.decision.not-leader", "行政处罚决定由行政机关负责人作出（《行政处罚法》第五十七条），请由领导账户操作。");
        }

        Require(Form.Text, "Form.Text", "请填写决定书正文。");
        return ModelState.IsValid ? workflow.DecideAsync(c, NewCaseModel.SplitKinds(Form.Kinds), Form.Amount, Form.Text!, Form.On, ct) : Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken ct) => RunAsync(id, "extend", c =>
    {
        Require(Form.Text, "Form.Text", "请填写延长理由。");
        return ModelState.IsValid
            ? workflow.ExtendDecisionPeriodAsync(c, Form.On, Form.Text!, new DeadlineApprover(db.Tenant.UserId, db.Tenant.UserName, IsLeader), ct)
            : Task.CompletedTask;
    }, ct);

    /// <summary>The running 90-day decision period (第60条), if the case still has one.</summary>
    public DeadlineInfo? DecisionDeadline => Deadlines.FirstOrDefault(d => d.RuleCode == EnforcementDeadlines.Decision(Options).Code
        && d.State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue);

    /// <summary>Why the signed-in user cannot extend the decision period now (第60条), or null when the form applies.</summary>
    public string? ExtensionRefusal
    {
        get
        {
            IBusinessRule[] rules =
            [
                new Cases.Rules.DecisionExtensionApprovedByLeader(IsLeader),
                new Cases.Rules.DecisionExtensionEnabled(Options.DecisionExtensionDays),
                new Cases.Rules.DecisionExtensionsWithinLimit(Case.DecisionExtensions.Count, Options.MaxDecisionExtensions),
            ];
            return rules.FirstOrDefault(r => r.IsBroken)?.Message;
        }
    }

    public Task<IActionResult> OnPostServiceAsync(Guid id, CancellationToken ct) => RunAsync(id, "service", c => workflow.ServeAsync(c, Form.On, string.IsNullOrWhiteSpace(Form.Kind) ? "直接送达" : Form.Kind, ct), ct);

    public Task<IActionResult> OnPostExecutionAsync(Guid id, CancellationToken ct) => RunAsync(id, "execution", c => workflow.RecordExecutionAsync(c, Form.On, Form.Amount, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) => RunAsync(id, "close", c => workflow.CloseAsync(c, new CaseFileChecklist
    {
        SubjectQualified = Form.Checks.Contains("subject"),
        ProcedureLawful = Form.Checks.Contains("procedure"),
        FactsClear = Form.Checks.Contains("facts"),
        EvidenceSufficient = Form.Checks.Contains("evidence"),
        LawCorrectlyApplied = Form.Checks.Contains("law"),
        Archived = Form.Checks.Contains("archive"),
    }, Form.On, ct), ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => RunAsync(id, "publish", c => workflow.PublishAsync(c, Form.On, ct), ct);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) => RunAsync(id, "revoke", c =>
    {
        if (!IsLeader)
        {
            throw new BusinessRuleException("enforcement.revoke.not-leader", "撤销处罚决定须由行政机关负责人作出，请由领导账户操作。");
        }

        Require(Form.Text, "Form.Text", "请填写撤销理由。");
        return ModelState.IsValid ? workflow.RevokeAsync(c, Form.On, Form.Text!, ct) : Task.CompletedTask;
    }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) => RunAsync(id, "withdraw", c => workflow.WithdrawAsync(c, Form.On, ct), ct);

    /// <summary>The step that failed, so the page can show its error next to that step's form.</summary>
    public string? FailedStep { get; private set; }

    private async Task<IActionResult> RunAsync(Guid id, string step, Func<EnforcementCase, Task> action, CancellationToken ct)
    {
        var @case = await workflow.FindAsync(id, ct);
        if (@case is null)
        {
            return NotFound();
        }

        try
        {
            await action(@case);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("Form", e.Message);
        }

        if (!ModelState.IsValid)
        {
            FailedStep = step;
            // The refused step changed nothing: reload the case as stored.
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        TempData["Flash"] = "已保存。";
        return Redirect($"/workspace/enforcement/cases/{id}");
    }

    private void Require(string? value, string key, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(key, message);
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var @case = await workflow.FindAsync(id, ct);
        if (@case is null)
        {
            return false;
        }

        Case = @case;
        Disclosure = await db.Set<PenaltyDisclosure>().SingleOrDefaultAsync(d => d.CaseId == id, ct);
        Deadlines = await deadlines.ForSubjectAsync(id, ct);
        return true;
    }
}

/// <summary>The fields of all step forms; each handler reads what its step needs and checks it.</summary>
internal sealed class StepForm
{
    public DateOnly? On { get; set; }

    public DateOnly? Date { get; set; }

    public string? Kind { get; set; }

    public string? Kinds { get; set; }

    public decimal? Amount { get; set; }

    public string? Text { get; set; }

    public string? Person { get; set; }

    public string? ProcessStep { get; set; }

    public bool Flag { get; set; }

    public List<string> Checks { get; set; } = [];
}
