using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Pages;

internal sealed class PortalComplaintModel(FazhiDbContext db, ComplaintDesk desk, IOptions<EnforcementOptions> options) : PageModel
{
    [BindProperty]
    public ComplaintInput Input { get; set; } = new();

    public Township Township { get; private set; } = null!;

    /// <summary>The receipt number of the complaint just submitted.</summary>
    public string? Receipt { get; private set; }

    public int ReplyDays => options.Value.ComplaintReplyWorkingDays;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await FindAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await FindAsync(code, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var complaint = await desk.ReceiveAsync(Township.Id, new ComplaintRequest(Input.Name, Input.Phone, Input.Content), null, ct);
        Receipt = complaint.ReceiptNumber;
        return Page();
    }

    private async Task<bool> FindAsync(string code, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);
        if (township is null)
        {
            return false;
        }

        Township = township;
        return true;
    }

    internal sealed class ComplaintInput
    {
        [Required(ErrorMessage = "请填写您的姓名。")]
        [MaxLength(50, ErrorMessage = "姓名不超过 50 字。")]
        public string Name { get; set; } = "";

        // Required on the portal: the answer is given by phone, and the phone with the receipt number opens the status page.
        [Required(ErrorMessage = "请填写联系电话，用于答复和查询办理进度。")]
        [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")]
        public string? Phone { get; set; }

        [Required(ErrorMessage = "请填写投诉内容。")]
        [MinLength(10, ErrorMessage = "投诉内容至少 10 个字。")]
        [MaxLength(4000, ErrorMessage = "投诉内容不超过 4000 字。")]
        public string Content { get; set; } = "";
    }
}
