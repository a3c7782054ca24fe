using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Exams;

/// <summary>One exam: its results, the import form and the export in the platform's shape.</summary>
internal sealed class ExamPage(FazhiDbContext db) : PageModel
{
    public ExamResponse Exam { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<LegalExam>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is not { } exam)
        {
            return NotFound();
        }

        Exam = ExamResponse.From(exam);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct) =>
        await db.Set<LegalExam>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is { } exam
            ? File(ExamLedger.Export(exam), Sheet.ContentType, $"{exam.Title}-成绩.xlsx")
            : NotFound();
}
