using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Engagements.Assess;

internal sealed class AssessAdvisorPage(AssessAdvisorHandler handler, FazhiDbContext db) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AdvisorContract Contract { get; private set; } = null!;

    public AssessAdvisorRequest Form { get; private set; } = AssessAdvisorRequest.Blank;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<AdvisorsAssessedByLeader>]
    public async Task<IActionResult> OnPostAsync(AssessAdvisorRequest form, CancellationToken ct)
    {
        Form = form;
        if (await handler.HandleAsync(User.ToActor(), Id, form, ct) is not { } a)
        {
            return NotFound();
        }

        TempData["Flash"] = $"已登记{a.Year}年{AssessmentLabels.Half(a.Half)}考核：{AssessmentLabels.Grade(a.Grade)}。";
        return Redirect($"/workspace/advisors/{Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.Set<AdvisorContract>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id, ct) is not { } contract)
        {
            return false;
        }

        Contract = contract;
        return true;
    }
}
