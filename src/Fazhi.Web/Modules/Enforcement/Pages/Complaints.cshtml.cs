using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Pages;

internal sealed class ComplaintsModel(FazhiDbContext db, ComplaintDesk desk) : PageModel
{
    [BindProperty]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid? CaseId { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    public List<EnforcementComplaint> Complaints { get; private set; } = [];

    public List<EnforcementCase> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [WhoMay<ComplaintAnsweredByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var complaint = await db.Set<EnforcementComplaint>().SingleOrDefaultAsync(c => c.Id == Id, ct);
        if (complaint is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Reply))
        {
            ModelState.AddModelError(nameof(Reply), "请填写答复内容。");
        }
        else
        {
            try
            {
                await desk.ReplyAsync(User.ToActor(), complaint, CaseId, Reply, null, ct);
                TempData["Flash"] = "已答复。";
                return Redirect("/workspace/enforcement/complaints");
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(nameof(Reply), e.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Complaints = await db.Set<EnforcementComplaint>().OrderByDescending(c => c.ReceivedOn).Take(200).ToListAsync(ct);
        Cases = await db.Set<EnforcementCase>().IgnoreAutoIncludes().OrderByDescending(c => c.FiledOn).Take(100).ToListAsync(ct);
    }
}
