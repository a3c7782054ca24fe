using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.Accept;

internal static class AcceptCaseEndpoint
{
    internal static void MapAcceptCase(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases", async (AcceptCaseRequest request, AcceptCaseHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var c = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Created($"/api/workspace/disputes/mediation/cases/{c.Id}", CaseResponse.From(c));
            })
            .WhoMay<CaseAcceptedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("受理人民调解（当事人申请、主动调解或委托移送）");
}
