using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Cases.Record;

/// <summary>
/// The page of one step of a penalty case (ADR 0010): GET shows the step's form alone under the case's heading; the
/// step's page model adds the POST handler, named with its <c>[WhoMay&lt;Rule&gt;]</c>, that calls the step's handler.
/// After an invalid form or a refusal <see cref="StepPageFilter"/> loads the case again through <see cref="LoadAsync"/>.
/// <see cref="Form"/> is the step's request as the user typed it (taken from the bound handler argument before the
/// filter runs), or the step's blank form on GET.
/// </summary>
internal abstract class CaseStepPage<TRequest>(FazhiDbContext db, TimeProvider clock) : PageModel, IStepPage
    where TRequest : class
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public EnforcementCase Case { get; private set; } = null!;

    public TRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.FindCaseAsync(Id, ct) is not { } @case)
        {
            return false;
        }

        Case = @case;
        Form ??= BlankFor(@case, Platform.Time.ChinaTime.Today(clock));
        return true;
    }

    /// <summary>The form as first shown for <paramref name="case"/>; the case's page embeds the same.</summary>
    protected abstract TRequest BlankFor(EnforcementCase @case, DateOnly today);

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerArguments.Values.OfType<TRequest>().FirstOrDefault() is { } typed)
        {
            Form = typed;
        }
    }

    /// <summary>Back to the case's page, saying what was done and what comes next.</summary>
    protected IActionResult Done(string flash)
    {
        TempData["Flash"] = flash;
        return Redirect(CasePage.PathFor(Id));
    }
}
