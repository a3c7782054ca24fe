using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.PublicParticipation.NoticeHearing;

internal static class NoticeHearingEndpoint
{
    internal static void MapNoticeHearing(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/hearings/{hearingId:guid}/notice", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, Guid hearingId, NoticeHearingRequest request, NoticeHearingHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, hearingId, request, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<HearingNoticedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("公布并送达听证材料（第16条：听证会7日前）");
}
