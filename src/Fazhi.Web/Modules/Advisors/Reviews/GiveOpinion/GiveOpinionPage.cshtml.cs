using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Reviews.GiveOpinion;

internal sealed class GiveOpinionPage(GiveOpinionHandler handler, FazhiDbContext db) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ContractReview Review { get; private set; } = null!;

    public GiveOpinionRequest Form { get; private set; } = new(ReviewOpinion.Lawful, "", true, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<OpinionGivenByAdvisorOrClerk>]
    public async Task<IActionResult> OnPostAsync(GiveOpinionRequest form, CancellationToken ct)
    {
        Form = form;
        if (await handler.HandleAsync(User.ToActor(), Id, form, ct) is not { } r)
        {
            return NotFound();
        }

        TempData["Flash"] = $"已登记审查意见：{ReviewLabels.Opinion(r.Opinion!.Value)}。";
        return Redirect($"/workspace/advisors/reviews/{Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.Set<ContractReview>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == Id, ct) is not { } review)
        {
            return false;
        }

        Review = review;
        return true;
    }
}
