using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Organization.ManageTownships.Pages;

internal sealed class IndexModel(FazhiDbContext db, TownshipRegistration registration) : PageModel
{
    [BindProperty]
    public CountyInput County { get; set; } = new();

    public List<Organization.County> Counties { get; private set; } = [];

    public async Task OnGetAsync() =>
        Counties = await db.Set<Fazhi.Modules.Organization.County>().Include(c => c.Townships).OrderBy(c => c.DivisionCode).ToListAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var county = await registration.CreateCountyAsync(County, ct);
                TempData["Flash"] = $"已新增 {county.Name}。";
                return Redirect("/admin/townships");
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError("County.DivisionCode", e.Message);
            }
        }

        await OnGetAsync();
        return Page();
    }
}
