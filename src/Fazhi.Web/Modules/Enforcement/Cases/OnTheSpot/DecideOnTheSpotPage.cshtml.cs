using Fazhi.Modules.Enforcement.Cases.Filing;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.OnTheSpot;

/// <summary>简易程序 (第五十一条、第五十二条) as a page: the officer records the case and the decision handed over on the spot.</summary>
internal sealed class DecideOnTheSpotPage(DecideOnTheSpotHandler handler, FazhiDbContext db, IOptions<EnforcementOptions> options, TimeProvider clock) : PageModel, IStepPage
{
    public DecideOnTheSpotRequest Form { get; private set; } = DecideOnTheSpotRequest.Blank();

    public CaseFilingChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        Choices = await CaseFilingChoices.LoadAsync(db, options, clock, ct);
        return true;
    }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerArguments.Values.OfType<DecideOnTheSpotRequest>().FirstOrDefault() is { } typed)
        {
            // A form posted without the case's fields is shown again blank, with the errors beside them.
            Form = typed.Case is null ? typed with { Case = FileCaseRequest.Blank() } : typed;
        }
    }

    [WhoMay<OnTheSpotPenaltyByOfficers>]
    public async Task<IActionResult> OnPostAsync(DecideOnTheSpotRequest request, CancellationToken ct)
    {
        var @case = await handler.HandleAsync(User.ToActor(), request, ct);
        TempData["Flash"] = $"已登记当场处罚：{@case.CaseNumber}，决定书 {@case.DecisionNumber}。请在七个工作日内公示（国办发〔2018〕118号）。";
        return Redirect($"/workspace/enforcement/cases/{@case.Id}");
    }
}
