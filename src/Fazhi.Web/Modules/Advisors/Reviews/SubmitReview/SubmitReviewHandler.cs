using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Advisors.Reviews.SubmitReview;

/// <summary>送审: a contract or other matter outside the typed procedures goes to legality review before signing.</summary>
public sealed record SubmitReviewRequest(
    [Required(ErrorMessage = "请填写合同或事项名称。"), MaxLength(200, ErrorMessage = "名称不超过 200 字。")] string Title,
    [Required(ErrorMessage = "请填写合同相对方。"), MaxLength(200, ErrorMessage = "相对方不超过 200 字。")] string Counterparty,
    [Range(0, 1_000_000_000, ErrorMessage = "金额应在 0—1000000000 元之间。")] decimal? Amount,
    DateOnly? On)
{
    public static SubmitReviewRequest Blank { get; } = new("", "", null, null);
}

internal sealed class ReviewsSubmittedByClerkOrLeader() : WhoMayRule(
    "advisors.reviews.submit.who", "合同和其他事项由法制员或领导送交合法性审查。", Roles.LegalClerk, Roles.Leader);

internal sealed class SubmitReviewHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<ContractReview> HandleAsync(Actor actor, SubmitReviewRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<ReviewsSubmittedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff submit contracts.");
        var today = Platform.Time.ChinaTime.Today(clock);
        var review = ContractReview.Submit(townshipId, form.Title, form.Counterparty, form.Amount, actor.Name, form.On is { } on && on <= today ? on : today);
        db.Add(review);
        await db.SaveChangesAsync(ct);
        return review;
    }
}
