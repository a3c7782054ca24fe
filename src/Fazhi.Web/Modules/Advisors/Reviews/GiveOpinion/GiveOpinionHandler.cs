using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Reviews.GiveOpinion;

public sealed record GiveOpinionRequest(
    [EnumDataType(typeof(ReviewOpinion), ErrorMessage = "请选择审查结论。")] ReviewOpinion Opinion,
    [Required(ErrorMessage = "请填写审查意见。"), MaxLength(4000, ErrorMessage = "审查意见不超过 4000 字。")] string Text,
    bool Adopted,
    DateOnly? On);

/// <summary>The legal advisor reviews, or the legal clerk records the review (法制审核).</summary>
internal sealed class OpinionGivenByAdvisorOrClerk() : WhoMayRule(
    "advisors.reviews.opinion.who", "合法性审查意见由法律顾问出具或法制员登记。", Roles.LegalAdvisor, Roles.LegalClerk);

internal sealed class GiveOpinionHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<ContractReview?> HandleAsync(Actor actor, Guid id, GiveOpinionRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<OpinionGivenByAdvisorOrClerk>().Check(actor);
        if (await db.Set<ContractReview>().SingleOrDefaultAsync(r => r.Id == id, ct) is not { } review)
        {
            return null;
        }

        var today = Platform.Time.ChinaTime.Today(clock);
        review.Review(actor.Name, form.Opinion, form.Text, form.Adopted, form.On ?? today, today);
        await db.SaveChangesAsync(ct);
        return review;
    }
}
