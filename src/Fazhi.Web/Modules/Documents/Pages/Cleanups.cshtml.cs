using Fazhi.Modules.Documents.Cleanup;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>清理 campaigns: start one (it lists every document in force) and see the earlier ones.</summary>
internal sealed class CleanupsModel(FazhiDbContext db, CleanupHandler handler) : PageModel, IStepPage
{
    [BindProperty]
    public string? CampaignTitle { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<CleanupCampaign> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [WhoMay<CleanupRunByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(CampaignTitle))
        {
            ModelState.AddModelError(nameof(CampaignTitle), "请填写清理名称。");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "请填写清理原因（定期清理或上位法变化等）。");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var campaign = await handler.StartAsync(db.Tenant.TownshipId!.Value, new StartCleanupRequest(CampaignTitle!, Reason!), User.ToActor(), ct);
        TempData["Flash"] = $"已列出现行有效文件 {campaign.Items.Count} 件，请逐件作出清理结论。";
        return Redirect($"/workspace/documents/cleanups/{campaign.Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Campaigns = await db.Set<CleanupCampaign>().AsNoTracking().OrderByDescending(c => c.StartedOn).ToListAsync(ct);
        return true;
    }
}
