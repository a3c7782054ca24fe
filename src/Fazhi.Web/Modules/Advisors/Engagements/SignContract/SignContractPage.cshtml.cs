using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Engagements.SignContract;

internal sealed class SignContractPage(SignContractHandler handler, FazhiDbContext db) : PageModel, IStepPage
{
    public SignContractRequest Form { get; private set; } = SignContractRequest.Blank;

    public IReadOnlyList<(Guid Id, string Name)> Villages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [WhoMay<AdvisorsEngagedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(SignContractRequest form, CancellationToken ct)
    {
        Form = form;
        var contract = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记聘用法律顾问{contract.AdvisorName}（{contract.StartsOn:yyyy-MM-dd} 至 {contract.EndsOn:yyyy-MM-dd}），联系村（社区）{contract.Villages.Count}个。";
        return Redirect($"/workspace/advisors/{contract.Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Villages = (await db.Set<Village>().AsNoTracking().OrderBy(v => v.DivisionCode).Select(v => new { v.Id, v.Name }).ToListAsync(ct)).Select(v => (v.Id, v.Name)).ToList();
        return true;
    }
}
