using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Organization.ManageTownships.Pages;

internal sealed class EditModel(FazhiDbContext db, TownshipRegistration registration) : PageModel, IStepPage
{
    [BindProperty]
    public TownshipInput Input { get; set; } = new();

    public List<Organization.County> Counties { get; private set; } = [];

    public bool IsNew => string.Equals(RouteData.Values["id"] as string, "new", StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Counties = await db.Set<Fazhi.Modules.Organization.County>().OrderBy(c => c.DivisionCode).ToListAsync(ct);
        if (IsNew)
        {
            return Page();
        }

        var township = await FindAsync(id, ct);
        if (township is null)
        {
            return NotFound();
        }

        Input = new TownshipInput
        {
            CountyId = township.CountyId,
            DivisionCode = township.DivisionCode,
            Name = township.Name,
            Kind = township.Kind,
            GovernmentName = township.GovernmentName,
            ShortName = township.ShortName,
            Introduction = township.Introduction,
            PrincipalLeaderName = township.PrincipalLeaderName,
        };
        return Page();
    }

    /// <summary>An invalid form is shown again by StepPageFilter (<see cref="LoadAsync"/>) before this runs.</summary>
    [WhoMay<OrganizationRegisteredByAdministrator>]
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        Counties = await db.Set<Fazhi.Modules.Organization.County>().OrderBy(c => c.DivisionCode).ToListAsync(ct);
        Township? township = null;
        if (!IsNew && (township = await FindAsync(id, ct)) is null)
        {
            return NotFound();
        }

        try
        {
            township = await registration.SaveTownshipAsync(User.ToActor(), township, Input, ct);
        }
        catch (BusinessRuleException e) when (e is not StepForbiddenException)
        {
            ModelState.AddModelError(e.Code == "organization.township.county-missing" ? "Input.CountyId" : "Input.DivisionCode", e.Message);
            return Page();
        }

        TempData["Flash"] = $"已保存 {township.Name}。";
        return Redirect("/admin/townships");
    }

    private async Task<Township?> FindAsync(string id, CancellationToken ct) =>
        Guid.TryParse(id, out var guid) ? await db.Set<Township>().SingleOrDefaultAsync(t => t.Id == guid, ct) : null;

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Counties = await db.Set<Fazhi.Modules.Organization.County>().OrderBy(c => c.DivisionCode).ToListAsync(ct);
        return IsNew || await FindAsync(RouteData.Values["id"] as string ?? "", ct) is not null;
    }
}
