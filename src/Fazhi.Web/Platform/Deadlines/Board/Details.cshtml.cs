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

/// <summary>One deadline with its history; a leader may extend it here, with a reason (the step's rule says who).</summary>
internal sealed class DetailsModel(DeadlineBoard board, IDeadlines deadlines, FazhiDbContext db) : PageModel, IStepPage
{
    [BindProperty]
    public ExtensionInput Input { get; set; } = new();

    public DeadlineDetails Details { get; private set; } = null!;

    /// <summary>Whether the extension form is offered: the rule <see cref="IDeadlines.ExtendAsync"/> checks, and a running period.</summary>
    public bool CanExtend => WhoMayRule.Of<DeadlineExtendedByLeader>().Admits(User.ToActor())
        && Details.Row.State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>A person outside the rule, or an invalid form, never reaches here (StepPageFilter); a broken rule shows beside its field.</summary>
    [WhoMay<DeadlineExtendedByLeader>]
    public async Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        try
        {
            await deadlines.ExtendAsync(id, Input.Days!.Value, Input.Reason!, User.ToActor(), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (BusinessRuleException e) when (e is not StepForbiddenException)
        {
            ModelState.AddModelError(e.Code == "deadlines.extension.reason-required" ? "Input.Reason" : "Input.Days", e.Message);
            return Page();
        }

        TempData["Flash"] = $"已延长“{Details.Row.Title}”期限 {Input.Days} {(Details.Row.Kind == PeriodKind.WorkingDays ? "个工作日" : "日")}。";
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
        return true;
    }
}
