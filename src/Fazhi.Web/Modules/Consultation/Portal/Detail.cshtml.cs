using Fazhi.Platform.Text;
using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Consultation.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Consultation.Portal;

internal sealed class DetailModel(FazhiDbContext db, IConsultations consultations, TimeProvider clock) : PageModel
{
    public string Code { get; private set; } = "";

    public string GovernmentName { get; private set; } = "";

    public PublicConsultation Consultation { get; private set; } = null!;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public bool IsOpen { get; private set; }

    [BindProperty]
    public CommentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, Guid id, CancellationToken ct) =>
        await LoadAsync(code, id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct))
        {
            return NotFound();
        }

        if (Input.Article is { } article && Articles.All(a => a.Number != article))
        {
            ModelState.AddModelError("Input.Article", $"征求意见稿没有{ArticleText.Label(article)}。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        CommentReceipt? receipt;
        try
        {
            receipt = await consultations.AddCommentAsync(id, Input.Article, Input.Content!, Input.Name, Input.Contact, clock.Today(), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        TempData["Flash"] = string.IsNullOrWhiteSpace(Input.Contact)
            ? $"您的意见已提交，受理编号 {receipt!.ReceiptNumber}，感谢参与。征求意见结束后将公布意见采纳情况。"
            : $"您的意见已提交，受理编号 {receipt!.ReceiptNumber}，感谢参与。凭受理编号和您留下的联系方式可在“办理进度查询”中查看采纳情况。";
        return Redirect($"/t/{code}/consultations/{id}");
    }

    private async Task<bool> LoadAsync(string code, Guid id, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
        var consultation = township is null ? null
            : await db.Published<PublicConsultation>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.TownshipId == township.Id, ct);
        if (consultation is null)
        {
            return false;
        }

        Code = code;
        GovernmentName = township!.GovernmentName;
        Consultation = consultation;
        Articles = ArticleText.Split(consultation.Text);
        IsOpen = consultation.IsOpenOn(clock.Today());
        return true;
    }
}

internal sealed class CommentInput
{
    [Display(Name = "针对条文")]
    public int? Article { get; set; }

    [Display(Name = "意见内容")]
    [Required(ErrorMessage = "请填写意见内容。")]
    [MaxLength(4000, ErrorMessage = "意见内容不超过 4000 字。")]
    public string? Content { get; set; }

    [MaxLength(100, ErrorMessage = "姓名不超过 100 字。")]
    public string? Name { get; set; }

    [MaxLength(200, ErrorMessage = "联系方式不超过 200 字。")]
    public string? Contact { get; set; }
}
