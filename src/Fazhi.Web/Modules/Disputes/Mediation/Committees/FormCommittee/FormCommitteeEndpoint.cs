using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Committees.FormCommittee;

internal static class FormCommitteeEndpoint
{
    internal static void MapFormCommittee(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/committees", async (FormCommitteeRequest request, FormCommitteeHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var c = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Created($"/api/workspace/disputes/mediation/committees/{c.Id}", CommitteeResponse.From(c));
            })
            .WhoMay<CommitteeFormedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记人民调解委员会的组成（三至九名委员，设主任一人，应有妇女成员；任期三年）");
}
