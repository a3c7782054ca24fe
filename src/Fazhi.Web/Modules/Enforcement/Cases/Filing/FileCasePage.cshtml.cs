using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Filing;

/// <summary>立案 (第五十四条) as a page: GET shows the form, POST runs <see cref="FileCaseHandler"/> like the API does.</summary>
internal sealed class FileCasePage(FileCaseHandler handler, FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock) : PageModel, IStepPage
{
    public FileCaseRequest Form { get; private set; } = FileCaseRequest.Blank();

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
        if (context.HandlerArguments.Values.OfType<FileCaseRequest>().FirstOrDefault() is { } typed)
        {
            Form = typed;
        }
    }

    [WhoMay<CaseFiledOnResponsiblePersonsApproval>]
    public async Task<IActionResult> OnPostAsync(FileCaseRequest request, CancellationToken ct)
    {
        var @case = await handler.HandleAsync(User.ToActor(), request, ct);
        var due = (await deadlines.ForSubjectAsync(@case.Id, ct)).FirstOrDefault(d => d.RuleCode == EnforcementDeadlines.Decision(options.Value).Code)?.DueDate;
        TempData["Flash"] = $"已立案，案号 {@case.CaseNumber}；下一步：调查取证（作出处罚决定期限至 {due:yyyy-MM-dd}，《行政处罚法》第六十条）。";
        return Redirect($"/workspace/enforcement/cases/{@case.Id}");
    }
}
