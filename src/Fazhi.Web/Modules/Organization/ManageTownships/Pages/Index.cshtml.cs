using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Organization.ManageTownships.Pages;

internal sealed class IndexModel(FazhiDbContext db, TownshipRegistration registration) : PageModel, IStepPage
{
    [BindProperty]
    public CountyInput County { get; set; } = new();

    public List<Organization.County> Counties { get; private set; } = [];

    public async Task OnGetAsync() =>
        Counties = await db.Set<Fazhi.Modules.Organization.County>().Include(c => c.Townships).OrderBy(c => c.DivisionCode).ToListAsync();

    /// <summary>An invalid form is shown again by StepPageFilter (<see cref="LoadAsync"/>) before this runs.</summary>
    [WhoMay<OrganizationRegisteredByAdministrator>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var county = await registration.RegisterCountyAsync(User.ToActor(), County, ct);
            TempData["Flash"] = $"已新增 {county.Name}。";
            return Redirect("/admin/townships");
        }
        catch (BusinessRuleException e) when (e is not StepForbiddenException)
        {
            ModelState.AddModelError("County.DivisionCode", e.Message);
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        await OnGetAsync();
        return true;
    }
}
