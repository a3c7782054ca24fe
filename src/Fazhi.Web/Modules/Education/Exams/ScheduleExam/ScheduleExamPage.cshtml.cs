using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Exams.ScheduleExam;

internal sealed class ScheduleExamPage(ScheduleExamHandler handler) : PageModel
{
    public ScheduleExamRequest Form { get; private set; } = ScheduleExamRequest.Blank;

    public IActionResult OnGet() => Page();

    [WhoMay<StudyRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(ScheduleExamRequest form, CancellationToken ct)
    {
        Form = form;
        var exam = await handler.HandleAsync(User.ToActor(), form, ct);
        TempData["Flash"] = $"已登记“{exam.Title}”，应考 {exam.Expected} 人。请从省学法考试平台导出成绩后导入。";
        return Redirect($"/workspace/education/exams/{exam.Id}");
    }
}
