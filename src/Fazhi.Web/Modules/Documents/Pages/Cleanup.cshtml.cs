using Fazhi.Modules.Documents.Cleanup;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>One cleanup campaign: a conclusion per document, then the published list (废止/宣布失效 end validity, 修改 reopens).</summary>
internal sealed class CleanupModel(FazhiDbContext db, CleanupHandler handler) : PageModel, IStepPage
{
    public CleanupCampaign Campaign { get; private set; } = null!;

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    [WhoMay<CleanupRunByClerkOrLeader>]
    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid documentId, CleanupOutcome? outcome, string? reason, CancellationToken ct)
    {
        if (outcome is null)
        {
            ModelState.AddModelError($"Outcome_{documentId}", "请选择清理结论。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError($"Reason_{documentId}", "请填写清理理由。");
        }

        return ModelState.IsValid
            ? await RunAsync(id, async () => await handler.DecideAsync(id, new CleanupDecisionRequest(documentId, outcome!.Value, reason!), User.ToActor(), ct) is not null, ct)
            : await LoadAsync(id, ct) ? Page() : NotFound();
    }

    [WhoMay<CleanupRunByClerkOrLeader>]
    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, async () => await handler.PublishAsync(id, User.ToActor(), ct) is not null, ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<bool>> step, CancellationToken ct)
    {
        try
        {
            if (!await step())
            {
                return NotFound();
            }

            TempData["Flash"] = "已保存。";
            return Redirect($"/workspace/documents/cleanups/{id}");
        }
        catch (BusinessRuleException e)
        {
            Refusal = e.Message;
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    public Task<bool> LoadAsync(CancellationToken ct) =>
        Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) ? LoadAsync(id, ct) : Task.FromResult(false);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var campaign = await db.Set<CleanupCampaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return false;
        }

        Campaign = campaign;
        return true;
    }
}
