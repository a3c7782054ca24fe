using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Procedure;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Pages;

internal sealed class NewModel(FazhiDbContext db, DecisionWorkflow workflow) : PageModel
{
    [BindProperty]
    public InitiateInput Input { get; set; } = new();

    public List<CatalogItem> CatalogItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var options = new List<(string, string, bool)>();
        if (!string.IsNullOrWhiteSpace(Input.OptionA))
        {
            options.Add(("方案一", Input.OptionA, Input.Recommended == 1));
        }

        if (!string.IsNullOrWhiteSpace(Input.OptionB))
        {
            options.Add(("方案二", Input.OptionB, Input.Recommended == 2));
        }

        try
        {
            var decision = await workflow.InitiateAsync(db.Tenant.TownshipId!.Value, new InitiateCommand(Input.Title!, Input.Category, Input.Owner!, Input.Proposer!,
                Input.Background!, Input.DraftText!, Input.DraftExplanation ?? "", options, Input.CatalogItemId, null, Input.ReportToPartyCommittee), ct);
            return Redirect($"/workspace/decisions/{decision.Id}");
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var year = workflow.Today.Year;
        CatalogItems = await db.Set<DecisionCatalog>().Where(c => c.Year == year).SelectMany(c => c.Items).OrderBy(i => i.Order).ToListAsync(ct);
    }
}

internal sealed class InitiateInput
{
    [Required(ErrorMessage = "请填写决策事项名称。"), MaxLength(200, ErrorMessage = "名称不超过 200 字。")]
    public string? Title { get; set; }

    public DecisionCategory Category { get; set; } = DecisionCategory.PublicPolicy;

    [Required(ErrorMessage = "请填写决策承办单位。"), MaxLength(100, ErrorMessage = "承办单位不超过 100 字。")]
    public string? Owner { get; set; }

    [Required(ErrorMessage = "请填写决策建议提出人。"), MaxLength(100, ErrorMessage = "提出人不超过 100 字。")]
    public string? Proposer { get; set; }

    [Required(ErrorMessage = "请填写决策背景和必要性。"), MaxLength(4000, ErrorMessage = "背景不超过 4000 字。")]
    public string? Background { get; set; }

    [Required(ErrorMessage = "请填写决策草案。"), MaxLength(20000, ErrorMessage = "草案不超过 20000 字。")]
    public string? DraftText { get; set; }

    [MaxLength(4000, ErrorMessage = "起草说明不超过 4000 字。")]
    public string? DraftExplanation { get; set; }

    [MaxLength(4000, ErrorMessage = "方案不超过 4000 字。")]
    public string? OptionA { get; set; }

    [MaxLength(4000, ErrorMessage = "方案不超过 4000 字。")]
    public string? OptionB { get; set; }

    public int Recommended { get; set; } = 1;

    public Guid? CatalogItemId { get; set; }

    /// <summary>第31条: decisions that must be reported to the 同级党委 before they are issued.</summary>
    public bool ReportToPartyCommittee { get; set; }
}
