using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Advisors.Reviews.SubmitReview;

internal sealed class SubmitReviewPage(SubmitReviewHandler handler) : PageModel, IStepPage
{
    public SubmitReviewRequest Form { get; private set; } = SubmitReviewRequest.Blank;

    [WhoMay<ReviewsSubmittedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(SubmitReviewRequest form, CancellationToken ct)
    {
        Form = form;
        var review = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"“{review.Title}”已送交合法性审查。请在审查意见出具后再签订合同。";
        return Redirect($"/workspace/advisors/reviews/{review.Id}");
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
