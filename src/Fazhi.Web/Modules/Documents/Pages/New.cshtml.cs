using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>起草: the first version of a new document.</summary>
internal sealed class NewModel(FazhiDbContext db, DraftingHandler drafting) : PageModel
{
    [BindProperty]
    public DraftForm Form { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var document = await drafting.CreateAsync(db.Tenant.TownshipId!.Value, Form.ToRequest(), User.Actor(), ct);
        TempData["Flash"] = "已保存第1稿。";
        return Redirect($"/workspace/documents/{document.Id}");
    }
}
