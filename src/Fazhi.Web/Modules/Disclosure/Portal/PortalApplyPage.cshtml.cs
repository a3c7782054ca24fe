using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Disclosure.Requests.Apply;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Portal;

/// <summary>
/// 在线申请 (第29条): open to anyone (ADR 0010: a public submission names no rule; the rate limiter guards it). The
/// answer is the 受理编号 with which the applicant follows the application on the status page.
/// </summary>
internal sealed class PortalApplyPage(FazhiDbContext db, ApplyHandler handler) : PageModel
{
    public Township Township { get; private set; } = null!;

    public ApplyRequest Form { get; private set; } = ApplyRequest.Blank;

    public DisclosureRequest? Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await FindAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, ApplyRequest form, CancellationToken ct)
    {
        if (!await FindAsync(code, ct))
        {
            return NotFound();
        }

        Form = form;
        if (!ModelState.IsValid)
        {
            var invalid = Page();
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }

        Submitted = await handler.HandleAsync(Township.Id, form, ct);
        return Page();
    }

    private async Task<bool> FindAsync(string code, CancellationToken ct)
    {
        Township = (await db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct))!;
        return Township is not null;
    }
}
