using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Privacy;
using Fazhi.Platform.Receipts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Pages;

/// <summary>
/// 投诉办理进度: the complainant gives the receipt number and the phone left with the complaint (both, so a guessed
/// number shows nobody's complaint) and reads whether it is answered, by when, and the answer (行政处罚法 第七十五条:
/// 及时反馈处理结果). Posted, so the phone never sits in an address or a log; the name is masked.
/// </summary>
internal sealed class PortalComplaintStatusModel(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options) : PageModel
{
    public Township Township { get; private set; } = null!;

    [BindProperty]
    public ComplaintStatusQuery Query { get; set; } = new();

    public ComplaintStatusView? Found { get; private set; }

    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, [FromQuery] string? number, CancellationToken ct)
    {
        if (!await FindAsync(code, ct))
        {
            return NotFound();
        }

        Query = new ComplaintStatusQuery { Number = number?.Trim() ?? "" };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await FindAsync(code, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            var invalid = Page();
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }

        Searched = true;
        var number = Query.Number.Trim().ToUpperInvariant();
        // The one read past the tenant filter: the complainant's own complaint, found by both of its keys.
        var candidate = await db.Set<EnforcementComplaint>().IgnoreQueryFilters([FazhiDbContext.TenantFilterName]).AsNoTracking()
            .SingleOrDefaultAsync(c => c.TownshipId == Township.Id && c.ReceiptNumber == number, ct);
        if (candidate is not null && ReceiptNumbers.SameContact(Query.Phone, candidate.ComplainantPhone))
        {
            var due = candidate.RepliedOn is null
                ? (await deadlines.ComputeDueAsync(EnforcementDeadlines.ComplaintReply(options.Value), candidate.ReceivedOn, ct)).Date
                : (DateOnly?)null;
            Found = new ComplaintStatusView(candidate.ReceiptNumber, PersonalInfoMasker.MaskName(candidate.ComplainantName), candidate.ReceivedOn,
                candidate.RepliedOn is null ? "办理中" : "已答复", due, candidate.RepliedOn,
                candidate.Reply is null ? null : PersonalInfoMasker.Mask(candidate.Reply, [candidate.ComplainantName]));
        }

        // The answer page does not repeat the phone: it may be printed or left open on a shared screen.
        // Posted values win over the model when a form is drawn again: forget them, or the phone comes back.
        ModelState.Clear();
        Query = new ComplaintStatusQuery { Number = Query.Number };
        return Page();
    }

    private async Task<bool> FindAsync(string code, CancellationToken ct)
    {
        Township = (await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct))!;
        return Township is not null;
    }
}

internal sealed class ComplaintStatusQuery
{
    [Display(Name = "受理编号")]
    [Required(ErrorMessage = "请填写受理编号。")]
    [MaxLength(20, ErrorMessage = "受理编号不超过 20 个字符。")]
    public string Number { get; set; } = "";

    [Display(Name = "投诉时留下的联系电话")]
    [Required(ErrorMessage = "请填写投诉时留下的联系电话。")]
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")]
    public string? Phone { get; set; }
}

/// <summary>What the status page shows: the name masked, the complaint's text not repeated.</summary>
internal sealed record ComplaintStatusView(string Number, string Complainant, DateOnly ReceivedOn, string State, DateOnly? ReplyDueOn, DateOnly? RepliedOn, string? Reply);
