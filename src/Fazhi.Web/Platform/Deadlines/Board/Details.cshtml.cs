using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
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

/// <summary>One deadline with its history; a leader may extend it here, with a reason.</summary>
internal sealed class DetailsModel(DeadlineBoard board, IDeadlines deadlines, FazhiDbContext db) : PageModel
{
    [BindProperty]
    public ExtensionInput Input { get; set; } = new();

    public DeadlineDetails Details { get; private set; } = null!;

    public bool CanExtend => User.IsInRole(Roles.Leader) && Details.Row.State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var details = await board.DetailsAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        return Page();
    }

    public async Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken ct)
    {
        var details = await board.DetailsAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        if (!User.IsInRole(Roles.Leader))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await deadlines.ExtendAsync(id, Input.Days!.Value, Input.Reason!, new DeadlineApprover(db.Tenant.UserId, db.Tenant.UserName, IsLeader: true), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(e.Code == "deadlines.extension.reason-required" ? "Input.Reason" : "Input.Days", e.Message);
            return Page();
        }

        TempData["Flash"] = $"已延长“{details.Row.Title}”期限 {Input.Days} {(details.Row.Kind == PeriodKind.WorkingDays ? "个工作日" : "日")}。";
        return Redirect($"/workspace/deadlines/{id}");
    }
}
