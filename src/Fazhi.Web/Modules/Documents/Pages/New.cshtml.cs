using Fazhi.Modules.Documents.Drafting;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>起草: the first version of a new document.</summary>
internal sealed class NewModel(FazhiDbContext db, DraftingHandler drafting) : PageModel
{
    [BindProperty]
    public DraftForm Form { get; set; } = new();

    public IActionResult OnGet() => Page();

    /// <summary>An invalid form never reaches here: StepPageFilter shows it again with each error beside its field.</summary>
    [WhoMay<DocumentsDraftedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var document = await drafting.CreateAsync(db.Tenant.TownshipId!.Value, Form.ToRequest(), User.ToActor(), ct);
        TempData["Flash"] = "已保存第1稿。";
        return Redirect($"/workspace/documents/{document.Id}");
    }
}
