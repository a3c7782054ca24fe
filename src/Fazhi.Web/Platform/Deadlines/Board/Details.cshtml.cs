using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Deadlines.Board;

internal sealed class ExtensionInput
{
    [Required(ErrorMessage = "请填写延长天数。")]
    [Range(1, Rules.ExtensionDaysWithinLimit.Max, ErrorMessage = "延长天数应在 1—365 之间。")]
    public int? Days { get; set; }

    [Required(ErrorMessage = "请写明延长理由。")]
    [MaxLength(500, ErrorMessage = "理由不超过 500 字。")]
    public string? Reason { get; set; }
}

/// <summary>
/// One deadline with its history; a leader may extend it here, with a reason, or decide the extension a clerk or officer
/// asked for (ADR 0032). The forms are bound per handler, so deciding a request does not validate the extension form.
/// </summary>
internal sealed class DetailsModel(DeadlineBoard board, IDeadlines deadlines, Requests.ExtensionRequestDesk requests, FazhiDbContext db) : PageModel, IStepPage
{
    public ExtensionInput Input { get; set; } = new();

    /// <summary>The refusal's reason, shown again beside its field when the rule refuses it.</summary>
    public string? RefusalReason { get; set; }

    /// <summary>The request waiting for a leader, if any.</summary>
    public Requests.DeadlineExtensionRequest? Pending { get; private set; }

    public bool IsOpen => Details.Row.State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue;

    /// <summary>The request form: a clerk or officer, a running period and no request already waiting.</summary>
    public bool CanRequest => WhoMayRule.Of<Requests.ExtensionRequestedByStaff>().Admits(User.ToActor()) && IsOpen && Pending is null;

    public DeadlineDetails Details { get; private set; } = null!;

    /// <summary>Whether the extension form is offered: the rule <see cref="IDeadlines.ExtendAsync"/> checks, and a running period.</summary>
    public bool CanExtend => WhoMayRule.Of<DeadlineExtendedByLeader>().Admits(User.ToActor()) && IsOpen;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>A person outside the rule never reaches here; an invalid form and a broken rule are shown again by StepPageFilter (400, 409).</summary>
    [WhoMay<DeadlineExtendedByLeader>]
    public async Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!await TryUpdateModelAsync(Input, nameof(Input)))
        {
            return StepPageResults.InvalidForm();
        }

        try
        {
            await deadlines.ExtendAsync(id, Input.Days!.Value, Input.Reason!, User.ToActor(), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (BusinessRuleException e) when (e is not StepForbiddenException && e.Field is null)
        {
            throw BesideItsField(e);
        }

        TempData["Flash"] = $"已延长“{Details.Row.Title}”期限 {Input.Days} {(Details.Row.Kind == PeriodKind.WorkingDays ? "个工作日" : "日")}。";
        return Redirect($"/workspace/deadlines/{id}");
    }

    [WhoMay<Requests.ExtensionRequestedByStaff>]
    public async Task<IActionResult> OnPostRequestAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!await TryUpdateModelAsync(Input, nameof(Input)))
        {
            return StepPageResults.InvalidForm();
        }

        try
        {
            await requests.AskAsync(id, Input.Days!.Value, Input.Reason, User.ToActor(), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (BusinessRuleException e) when (e is not StepForbiddenException && e.Field is null)
        {
            throw BesideItsField(e);
        }

        TempData["Flash"] = $"已提交延期申请（延长 {Input.Days} {(Details.Row.Kind == PeriodKind.WorkingDays ? "个工作日" : "日")}），已通知领导审批；审批结果会在通知中告诉您。";
        return Redirect($"/workspace/deadlines/{id}");
    }

    [WhoMay<DeadlineExtendedByLeader>]
    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var request = await requests.ApproveAsync(id, User.ToActor(), ct);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = $"已批准{request.RequesterName}的延期申请，期限延长 {request.Days} {(Details.Row.Kind == PeriodKind.WorkingDays ? "个工作日" : "日")}，已通知申请人。";

        return Redirect($"/workspace/deadlines/{id}");
    }

    [WhoMay<DeadlineExtendedByLeader>]
    public async Task<IActionResult> OnPostRefuseAsync(Guid id, [MaxLength(500, ErrorMessage = "理由不超过 500 字。")] string? refusalReason, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        RefusalReason = refusalReason;

        var request = await requests.RefuseAsync(id, RefusalReason, User.ToActor(), ct);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = $"已不予批准{request.RequesterName}的延期申请，已通知申请人。";

        return Redirect($"/workspace/deadlines/{id}");
    }

    public Task<bool> LoadAsync(CancellationToken ct) =>
        Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) ? LoadAsync(id, ct) : Task.FromResult(false);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await board.DetailsAsync(id, ct) is not { } details)
        {
            return false;
        }

        Details = details;
        Pending = await requests.PendingAsync(id, ct);
        return true;
    }

    /// <summary>
    /// A refusal of the extension rules, pointed at the form field it is about, for <see cref="StepPageFilter"/> to
    /// show beside it with 409 (the rules are shared with the API, whose fields have no "Input." prefix).
    /// </summary>
    private static BusinessRuleException BesideItsField(BusinessRuleException refusal) =>
        new(refusal.Code, refusal.Message, refusal.Code == "deadlines.extension.reason-required" ? "Input.Reason" : "Input.Days");
}
