using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Catalog;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Pages;

internal sealed class CatalogModel(FazhiDbContext db, CatalogService catalogs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public CatalogItemInput Input { get; set; } = new();

    public DecisionCatalog? Catalog { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The decision started for each catalogue item, if any, with its stage.</summary>
    public Dictionary<Guid, (Guid Id, DecisionStage Stage)> Progress { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Catalog?.ApprovedOn is not null && string.IsNullOrWhiteSpace(Input.AdditionReason))
        {
            ModelState.AddModelError("Input.AdditionReason", "目录已公布，增补事项须说明理由。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await catalogs.AddItemAsync(db.Tenant.TownshipId!.Value, Year!.Value, new CatalogItemRequest(Input.Title!, Input.Category, Input.Owner!, Input.PlannedSteps!,
                Input.PlannedDecisionOn, Input.HearingPlanned, Input.AdditionReason, null), ct);
            return Redirect($"/workspace/decisions/catalog?year={Year}");
        }
        catch (BusinessRuleException e)
        {
            Error = e.Message;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostApproveAsync(string? reference, CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(reference))
        {
            ModelState.AddModelError("reference", "请填写党委同意的会议或文件。");
            return Page();
        }

        try
        {
            await catalogs.ApproveAsync(db.Tenant.TownshipId!.Value, Year!.Value, reference, null, ct);
            return Redirect($"/workspace/decisions/catalog?year={Year}");
        }
        catch (BusinessRuleException e)
        {
            Error = e.Message;
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= catalogs.Today.Year;
        Catalog = await catalogs.FindAsync(db.Tenant.TownshipId!.Value, Year.Value, ct);
        var itemIds = Catalog?.Items.Select(i => i.Id).ToList() ?? [];
        var started = await db.Set<MajorDecision>().IgnoreAutoIncludes().Where(d => d.CatalogItemId != null && itemIds.Contains(d.CatalogItemId.Value))
            .Select(d => new { Item = d.CatalogItemId!.Value, d.Id, d.Stage }).ToListAsync(ct);
        Progress = started.GroupBy(x => x.Item).ToDictionary(g => g.Key, g => (g.First().Id, g.First().Stage));
    }
}

internal sealed class CatalogItemInput
{
    [Required(ErrorMessage = "请填写决策事项名称。"), MaxLength(200, ErrorMessage = "名称不超过 200 字。")]
    public string? Title { get; set; }

    public DecisionCategory Category { get; set; } = DecisionCategory.PublicPolicy;

    [Required(ErrorMessage = "请填写承办单位。"), MaxLength(100, ErrorMessage = "承办单位不超过 100 字。")]
    public string? Owner { get; set; }

    [Required(ErrorMessage = "请填写拟履行的程序。"), MaxLength(500, ErrorMessage = "程序不超过 500 字。")]
    public string? PlannedSteps { get; set; } = "公众参与、专家论证、风险评估、合法性审查、集体讨论决定";

    public DateOnly? PlannedDecisionOn { get; set; }

    public bool HearingPlanned { get; set; }

    [MaxLength(1000, ErrorMessage = "增补理由不超过 1000 字。")]
    public string? AdditionReason { get; set; }
}
