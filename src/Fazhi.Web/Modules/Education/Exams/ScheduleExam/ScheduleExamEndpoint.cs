using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Exams.ScheduleExam;

internal static class ScheduleExamEndpoint
{
    internal static void MapScheduleExam(this RouteGroupBuilder group) =>
        group.MapPost("/exams", async (ScheduleExamRequest request, ScheduleExamHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(ExamResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<StudyRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记学法考试（应考人数按当日在岗名册计算）");
}
