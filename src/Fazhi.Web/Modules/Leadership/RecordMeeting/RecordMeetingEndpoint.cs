using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.RecordMeeting;

internal static class RecordMeetingEndpoint
{
    internal static void MapRecordMeeting(this RouteGroupBuilder group) =>
        group.MapPost("/meetings", async (RecordMeetingRequest request, RecordMeetingHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(MeetingResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<LeadershipRecordsKeptByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记研究法治建设的会议（党委会、政府常务会、领导小组会、专题会）");
}
