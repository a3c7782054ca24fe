using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordSession;

internal static class RecordSessionEndpoint
{
    internal static void MapRecordSession(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases/{id:guid}/sessions", async (Guid id, RecordSessionRequest request, RecordSessionHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Cases.CaseResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<SessionRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("记录调解情况（第二十七条）");
}
