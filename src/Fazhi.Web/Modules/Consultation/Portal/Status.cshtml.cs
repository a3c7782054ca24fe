using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Consultation.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Receipts;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Consultation.Portal;

/// <summary>
/// 意见采纳情况查询: the commenter gives the receipt number and the contact left with the opinion and reads whether it
/// was adopted, and why not (国务院令第713号第十六条: 对社会公众反映的意见建议……采纳情况及理由). The decision shows once
/// the summary is published; before that the opinion is 正在研究. The opinion's text is not repeated.
/// </summary>
internal sealed class StatusModel(FazhiDbContext db) : PageModel
{
    public Township Township { get; private set; } = null!;

    [BindProperty]
    public OpinionStatusQuery Query { get; set; } = new();

    public OpinionStatusView? Found { get; private set; }

    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await FindAsync(code, ct) ? Page() : NotFound();

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
        // The one read past the tenant filter: the commenter's own opinion, found by both of its keys.
        var comment = await db.Set<ConsultationComment>().IgnoreQueryFilters([FazhiDbContext.TenantFilterName]).AsNoTracking()
            .SingleOrDefaultAsync(c => c.TownshipId == Township.Id && c.ReceiptNumber == number, ct);
        if (comment is not null && ReceiptNumbers.SameContact(Query.Contact, comment.Contact))
        {
            var consultation = await db.Published<PublicConsultation>().AsNoTracking().SingleAsync(c => c.Id == comment.ConsultationId, ct);
            var decided = consultation.SummaryPublishedOn is not null && comment.Decision != CommentDecision.Pending;
            Found = new OpinionStatusView(comment.ReceiptNumber, consultation.Title, consultation.Id, comment.ReceivedOn, consultation.ClosesOn,
                decided ? (comment.Decision == CommentDecision.Adopted ? "已采纳" : "未采纳") : "正在研究",
                decided ? comment.DecisionReason : null, consultation.SummaryPublishedOn);
        }

        // Posted values win over the model when a form is drawn again: forget them, or the phone comes back.
        ModelState.Clear();
        Query = new OpinionStatusQuery { Number = Query.Number };
        return Page();
    }

    private async Task<bool> FindAsync(string code, CancellationToken ct)
    {
        Township = (await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct))!;
        return Township is not null;
    }
}

internal sealed class OpinionStatusQuery
{
    [Display(Name = "受理编号")]
    [Required(ErrorMessage = "请填写受理编号。")]
    [MaxLength(20, ErrorMessage = "受理编号不超过 20 个字符。")]
    public string Number { get; set; } = "";

    [Display(Name = "提交意见时留下的联系方式")]
    [Required(ErrorMessage = "请填写提交意见时留下的联系方式。")]
    [MaxLength(200, ErrorMessage = "联系方式不超过 200 字。")]
    public string? Contact { get; set; }
}

internal sealed record OpinionStatusView(string Number, string Consultation, Guid ConsultationId, DateOnly ReceivedOn, DateOnly ClosesOn, string State, string? Reason, DateOnly? SummaryPublishedOn);
