using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Initiation;

internal sealed class InitiateDecisionPage(InitiateDecisionHandler handler, FazhiDbContext db, TimeProvider clock) : PageModel, IStepPage
{
    public const string Path = "/workspace/decisions/new";

    public InitiateDecisionRequest Form { get; private set; } = InitiateDecisionRequest.Blank;

    /// <summary>This year's catalogue items, one of which the decision usually carries out (第3条第3款).</summary>
    public IReadOnlyList<CatalogItem> CatalogItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<DecisionInitiatedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(InitiateDecisionRequest request, CancellationToken ct)
    {
        var decision = await handler.HandleAsync(User.ToActor(), request, ct);
        TempData["Flash"] = $"已启动决策“{decision.Title}”（编号 {decision.Number}）。下一步：向社会公开征求意见（第十五条），需要时安排听证、专家论证和风险评估。";
        return Redirect(DecisionPage.PathFor(decision.Id));
    }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerArguments.Values.OfType<InitiateDecisionRequest>().FirstOrDefault() is { } typed)
        {
            Form = typed;
        }
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var year = Platform.Time.ChinaTime.Today(clock).Year;
        CatalogItems = await db.Set<DecisionCatalog>().Where(c => c.Year == year).SelectMany(c => c.Items).OrderBy(i => i.Order).ToListAsync(ct);
        return true;
    }
}
