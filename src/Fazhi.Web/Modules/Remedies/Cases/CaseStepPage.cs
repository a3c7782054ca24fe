using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Remedies.Cases;

/// <summary>What every step page of a case shares (ADR 0010): the case, loaded again after a refusal, and the redirect to its record.</summary>
internal abstract class CaseStepPage(CaseDesk desk) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public RemedyCase Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await desk.FindAsync(Id, ct) is not { } c)
        {
            return false;
        }

        Case = c;
        return true;
    }

    protected IActionResult Done(RemedyCase? c, Func<RemedyCase, string> flash)
    {
        if (c is null)
        {
            return NotFound();
        }

        TempData["Flash"] = flash(c);
        return Redirect(CaseDesk.Url(c.Id));
    }
}
