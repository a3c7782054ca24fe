using Fazhi.Modules.Disputes.Intake.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Reply;

internal static class ReplyMatterEndpoint
{
    internal static void MapReplyMatter(this RouteGroupBuilder group) =>
        group.MapPost("/matters/{id:guid}/reply", async (Guid id, ReplyMatterRequest request, ReplyMatterHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(MatterResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<MatterAnsweredByStaff>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("答复诉求人（阶段性进展或最终答复）");
}
