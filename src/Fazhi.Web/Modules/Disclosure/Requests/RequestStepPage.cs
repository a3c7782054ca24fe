using Fazhi.Modules.Disclosure.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests;

/// <summary>
/// What every step page of an application shares (ADR 0010): the application it works on, loaded again after a
/// refusal, and the redirect to the record page with a message that says what happened and what comes next.
/// </summary>
internal abstract class RequestStepPage(RequestDesk desk) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DisclosureRequest Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await desk.FindAsync(Id, ct) is not { } request)
        {
            return false;
        }

        Application = request;
        return true;
    }

    protected IActionResult Done(DisclosureRequest? request, Func<DisclosureRequest, string> flash)
    {
        if (request is null)
        {
            return NotFound();
        }

        TempData["Flash"] = flash(request);
        return Redirect(RequestDesk.Url(request.Id));
    }
}
