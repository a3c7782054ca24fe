using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Study.RecordSession;

internal static class RecordStudySessionEndpoint
{
    internal static void MapRecordStudySession(this RouteGroupBuilder group) =>
        group.MapPost("/study-sessions", async (RecordStudySessionRequest request, RecordStudySessionHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(StudySessionResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<StudyRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记学法（出勤按干部职工名册登记，名册外人员不能登记）");
}
