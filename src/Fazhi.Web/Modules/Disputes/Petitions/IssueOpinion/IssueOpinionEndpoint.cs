using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Petitions.IssueOpinion;

internal static class IssueOpinionEndpoint
{
    internal static void MapIssueOpinion(this RouteGroupBuilder group) =>
        group.MapPost("/petitions/{id:guid}/opinion", async (Guid id, IssueOpinionRequest request, IssueOpinionHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Petitions.PetitionResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<OpinionIssuedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("出具信访处理意见书（第三十二条），办结");
}
