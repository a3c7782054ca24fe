using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Staff.RegisterStaff;

internal sealed class RegisterStaffPage(RegisterStaffHandler handler, EducationQueries queries) : PageModel, IStepPage
{
    public RegisterStaffRequest Form { get; private set; } = RegisterStaffRequest.Blank;

    public IReadOnlyList<Village> Villages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<RegistersKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RegisterStaffRequest form, CancellationToken ct)
    {
        Form = form;
        var member = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已将{member.Name}（{member.Post}）登记入干部职工名册，自{member.JoinedOn:yyyy-MM-dd}起计入参学和参考人数。";
        return Redirect("/workspace/education/staff");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Villages = await queries.VillagesAsync(User.ToActor().TownshipId!.Value, ct);
        return true;
    }
}
