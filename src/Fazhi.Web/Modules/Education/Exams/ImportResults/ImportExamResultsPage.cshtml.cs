using Fazhi.Modules.Education.Excel;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Exams.ImportResults;

internal sealed class ImportExamResultsPage(ImportExamResultsHandler handler, Fazhi.Platform.Data.FazhiDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ImportReport? Report { get; private set; }

    /// <summary>The import form alone (also on the exam's page); another township's exam does not exist.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Set<Model.LegalExam>(), e => e.Id == Id, ct) ? Page() : NotFound();

    [WhoMay<StudyRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择省学法考试平台导出的成绩表（.xlsx）。");
            return Page();
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        if (await handler.HandleAsync(User.ToActor(), Id, buffer, ct) is not { } done)
        {
            return NotFound();
        }

        Report = done.Report;
        return Page();
    }
}
