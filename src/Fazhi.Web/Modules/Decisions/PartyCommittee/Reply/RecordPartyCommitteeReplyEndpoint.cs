using Fazhi.Modules.Decisions.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.PartyCommittee.Reply;

internal static class RecordPartyCommitteeReplyEndpoint
{
    /// <summary>The API takes the reply alone; the written reply, if any, is filed through the archive's upload.</summary>
    internal static void MapRecordPartyCommitteeReply(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/party-committee-reply", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid id, RecordPartyCommitteeReplyRequest request,
                RecordPartyCommitteeReplyHandler handler, FazhiDbContext db, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, null, ct) is { } decision ? TypedResults.Ok(await DecisionResponse.ForAsync(db, decision, ct)) : TypedResults.NotFound())
            .WhoMay<PartyCommitteeReplyRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("记录同级党委的意见（第31条）");
}
