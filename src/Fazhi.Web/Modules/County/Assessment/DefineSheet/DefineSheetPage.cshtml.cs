using Fazhi.Modules.County.Assessment.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.County.Assessment.DefineSheet;

internal sealed class DefineSheetPage(DefineSheetHandler handler, Scores.AssessmentScores scores, TimeProvider clock) : PageModel, IStepPage
{
    /// <summary>A form refused before the step ran (a blank name, a year out of range) is shown again as it was typed.</summary>
    public Task<bool> LoadAsync(CancellationToken ct)
    {
        Form ??= DefineSheetRequest.FromForm(Request.Form);
        return Task.FromResult(true);
    }

    public DefineSheetRequest Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        var chosen = year is >= 2000 and <= 2100 ? year.Value : Platform.Time.ChinaTime.Today(clock).Year - 1;
        Form = DefineSheetRequest.For(chosen, await scores.SheetAsync(User.ToActor().CountyId, chosen, ct));
        return Page();
    }

    [WhoMay<SheetDefinedByCounty>]
    public async Task<IActionResult> OnPostAsync(DefineSheetRequest form, CancellationToken ct)
    {
        Form = form;
        var sheet = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已保存“{sheet.Title}”，共{sheet.Lines.Count}项，合计{sheet.MaxTotal:0.##}分。";
        return Redirect($"/county/assessment?year={sheet.Year}");
    }
}
