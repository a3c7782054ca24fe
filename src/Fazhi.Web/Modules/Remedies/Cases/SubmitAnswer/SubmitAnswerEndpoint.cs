using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.SubmitAnswer;

internal static class SubmitAnswerEndpoint
{
    internal static void MapSubmitAnswer(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/answer", async (Guid id, SubmitAnswerRequest request, SubmitAnswerHandler handler, CaseDesk desk, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } c ? Results.Ok(await RemedyCaseResponse.ForAsync(c, desk.Deadlines, ct)) : Results.NotFound())
            .WhoMay<AnswersSubmittedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("提交书面答复或答辩状");
}
