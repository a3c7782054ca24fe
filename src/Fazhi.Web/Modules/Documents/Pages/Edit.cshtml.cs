using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>修改: every save is a new version; a signed or frozen text is refused by its rule.</summary>
internal sealed class EditModel(FazhiDbContext db, DraftingHandler drafting) : PageModel, IStepPage
{
    [BindProperty]
    public DraftForm Form { get; set; } = new();

    public NormativeDocument Document { get; private set; } = null!;

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        Form = DraftForm.From(document.Current, document.Touches, document.PublicCommentChosen);
        return Page();
    }

    [WhoMay<DocumentsDraftedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        try
        {
            await drafting.SaveVersionAsync(id, Form.ToRequest(), User.ToActor(), ct);
        }
        catch (BusinessRuleException e)
        {
            Refusal = e.Message;
            return Page();
        }

        TempData["Flash"] = $"已保存第{document.CurrentVersion}稿。";
        return Redirect($"/workspace/documents/{id}");
    }

    /// <summary>An invalid form is shown again (StepPageFilter) over the document of the route.</summary>
    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        var document = Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) ? await db.LoadDocumentAsync(id, ct) : null;
        if (document is null)
        {
            return false;
        }

        Document = document;
        return true;
    }
}
