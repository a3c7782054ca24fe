using Fazhi.Modules.Disputes.Intake.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.FollowUp;

internal static class FollowUpMatterEndpoint
{
    internal static void MapFollowUpMatter(this RouteGroupBuilder group) =>
        group.MapPost("/matters/{id:guid}/follow-up", async (Guid id, FollowUpMatterRequest request, FollowUpMatterHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(MatterResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<MatterFollowedUpByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("回访诉求人满意度");
}
