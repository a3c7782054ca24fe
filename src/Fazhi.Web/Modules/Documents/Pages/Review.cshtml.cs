using Fazhi.Modules.Documents.LegalityReview;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Documents.Pages;

/// <summary>
/// The reviewer's page (115号 (六)): the text under review article by article with the automatic flags beside each,
/// and the written opinion 合法 / 修改后合法 / 不合法 with reasons and an optional signed opinion file.
/// </summary>
internal sealed class ReviewModel(FazhiDbContext db, LegalityReviewHandler review) : PageModel, IStepPage
{
    public NormativeDocument Document { get; private set; } = null!;

    public Model.LegalityReview? Open { get; private set; }

    public IReadOnlyList<(int? Number, string Text, IReadOnlyList<LegalityFlag> Flags)> Passages { get; private set; } = [];

    public int FlagCount { get; private set; }

    public string? Refusal { get; private set; }

    [BindProperty]
    public ReviewOpinion? Opinion { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    [WhoMay<LegalityOpinionGivenByReviewer>]
    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (Opinion is null)
        {
            ModelState.AddModelError(nameof(Opinion), "请选择审核结论。");
        }

        if (string.IsNullOrWhiteSpace(Reasons))
        {
            ModelState.AddModelError(nameof(Reasons), "请填写审核意见及理由。");
        }

        if (ModelState.IsValid)
        {
            try
            {
                await using var stream = file?.OpenReadStream();
                if (await review.GiveOpinionAsync(id, new OpinionRequest(Opinion!.Value, Reasons!.Trim()), User.ToActor(), file?.FileName, stream, ct) is null)
                {
                    return NotFound();
                }

                TempData["Flash"] = "审核意见已出具。";
                return Redirect($"/workspace/documents/{id}");
            }
            catch (BusinessRuleException e)
            {
                Refusal = e.Message;
                db.ChangeTracker.Clear();
            }
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<bool> LoadAsync(CancellationToken ct) =>
        Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) ? LoadAsync(id, ct) : Task.FromResult(false);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return false;
        }

        Document = document;
        Open = document.OpenReview;
        var body = Open is null ? document.Current.Body : document.Versions.Single(v => v.Number == Open.VersionNumber).Body;
        var flags = LegalityFlags.Scan(body);
        FlagCount = flags.Count;
        var articles = ArticleText.Split(body);
        Passages = articles.Count == 0
            ? [(null, body, flags)]
            : articles.Select(a => ((int?)a.Number, a.Text, (IReadOnlyList<LegalityFlag>)flags.Where(f => f.Article == a.Number).ToList())).ToList();
        return true;
    }
}
