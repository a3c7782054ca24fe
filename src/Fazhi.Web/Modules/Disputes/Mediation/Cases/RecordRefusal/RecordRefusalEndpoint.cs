using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordRefusal;

internal static class RecordRefusalEndpoint
{
    internal static void MapRecordRefusal(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases/{id:guid}/refusal", async (Guid id, RecordRefusalRequest request, RecordRefusalHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Cases.CaseResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<RefusalRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("当事人一方明确拒绝调解，不得调解（第十七条）");
}
