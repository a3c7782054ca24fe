using Fazhi.Modules.Disputes.Intake.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Link;

internal static class LinkMatterEndpoint
{
    internal static void MapLinkMatter(this RouteGroupBuilder group) =>
        group.MapPost("/matters/{id:guid}/link", async (Guid id, LinkMatterRequest request, LinkMatterHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(MatterResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<MatterLinkedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("作为重复反映关联到首次登记的事项（不重复计数）");
}
