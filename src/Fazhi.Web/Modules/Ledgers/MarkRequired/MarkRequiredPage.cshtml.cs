using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.MarkRequired;

/// <summary>The step of the county's 指标目录: the form is on /county/indicators; a refusal shows there again.</summary>
internal sealed class MarkRequiredPage(MarkRequiredHandler handler) : PageModel
{
    public IActionResult OnGet(int? year) => Redirect(year is { } y ? $"/county/indicators?year={y}" : "/county/indicators");

    [WhoMay<RequiredIndicatorsMarkedByCounty>]
    public async Task<IActionResult> OnPostAsync(MarkRequiredRequest form, CancellationToken ct)
    {
        var marked = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = marked.Count == 0 ? $"已取消 {form.Year} 年度的全部必报指标。" : $"已标记 {form.Year} 年度必报指标{marked.Count}项，乡镇起草年度报告时将提示未表述的指标。";
        return Redirect($"/county/indicators?year={form.Year}");
    }
}
