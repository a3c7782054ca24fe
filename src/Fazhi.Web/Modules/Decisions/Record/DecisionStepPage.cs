using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.Record;

/// <summary>
/// The page of one step of a major decision (ADR 0010): GET shows the step's form alone under the decision's heading;
/// the step's page model adds the POST handler, named with its <c>[WhoMay&lt;Rule&gt;]</c>, that calls the step's handler.
/// After an invalid form or a refusal <see cref="StepPageFilter"/> loads the decision again through <see cref="LoadAsync"/>.
/// </summary>
internal abstract class DecisionStepPage(FazhiDbContext db) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MajorDecision Decision { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Loads the decision; a step on a part of it (a hearing, a milestone) also needs that part to exist.</summary>
    public virtual async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.FindDecisionAsync(Id, ct) is not { } decision)
        {
            return false;
        }

        Decision = decision;
        return true;
    }

    /// <summary>Back to the decision's page, saying what was done and what comes next.</summary>
    protected IActionResult Done(string flash)
    {
        TempData["Flash"] = flash;
        return Redirect(DecisionPage.PathFor(Id));
    }
}

/// <summary>
/// A decision step page with a form: <see cref="Form"/> is the step's request as the user typed it, kept through an
/// invalid form or a refusal (it is taken from the bound handler argument before <see cref="StepPageFilter"/> runs), or
/// the step's blank form on GET.
/// </summary>
internal abstract class DecisionStepPage<TRequest>(FazhiDbContext db, TimeProvider clock) : DecisionStepPage(db)
    where TRequest : class
{
    public TRequest Form { get; private set; } = null!;

    public override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await base.LoadAsync(ct))
        {
            return false;
        }

        Form ??= BlankFor(Decision, Platform.Time.ChinaTime.Today(clock));
        return true;
    }

    /// <summary>The form as first shown for <paramref name="decision"/>; the decision's page embeds the same.</summary>
    protected abstract TRequest BlankFor(MajorDecision decision, DateOnly today);

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerArguments.Values.OfType<TRequest>().FirstOrDefault() is { } typed)
        {
            Form = typed;
        }
    }
}
