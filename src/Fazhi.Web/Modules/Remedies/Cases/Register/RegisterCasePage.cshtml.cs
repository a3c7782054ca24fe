using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Remedies.Cases.Register;

internal sealed class RegisterCasePage(RegisterCaseHandler handler) : PageModel, IStepPage
{
    public RegisterCaseRequest Form { get; private set; } = RegisterCaseRequest.Blank;

    [WhoMay<CasesRegisteredByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RegisterCaseRequest form, CancellationToken ct)
    {
        Form = form;
        var c = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记{Model.RemedyLabels.Kind(c.Kind)}案件 {c.CaseNumber}，{Model.RemedyLabels.Answer(c.Kind)}期限已列入待办。";
        return Redirect(CaseDesk.Url(c.Id));
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);
}
