using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.CollectiveMatters;

/// <summary>The page of a step on a 三重一大 matter (ADR 0010), as <see cref="Record.DecisionStepPage"/> is for a decision.</summary>
internal abstract class MatterStepPage(FazhiDbContext db) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CollectiveMatter Matter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public virtual async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.FindCollectiveMatterAsync(Id, ct) is not { } matter)
        {
            return false;
        }

        Matter = matter;
        return true;
    }

    protected IActionResult Done(string flash)
    {
        TempData["Flash"] = flash;
        return Redirect(MatterPage.PathFor(Id));
    }
}

/// <summary>A matter step page with a form, keeping what the user typed through an invalid form or a refusal.</summary>
internal abstract class MatterStepPage<TRequest>(FazhiDbContext db, TimeProvider clock) : MatterStepPage(db)
    where TRequest : class
{
    public TRequest Form { get; private set; } = null!;

    public override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await base.LoadAsync(ct))
        {
            return false;
        }

        Form ??= BlankFor(Platform.Time.ChinaTime.Today(clock));
        return true;
    }

    protected abstract TRequest BlankFor(DateOnly today);

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerArguments.Values.OfType<TRequest>().FirstOrDefault() is { } typed)
        {
            Form = typed;
        }
    }
}
