using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.RecordOpinion;

internal static class RecordOpinionEndpoint
{
    internal static void MapRecordOpinion(this RouteGroupBuilder group) =>
        group.MapPost("/cases/{id:guid}/opinion", async (Guid id, RecordOpinionRequest request, RecordOpinionHandler handler, CaseDesk desk, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } c ? Results.Ok(await RemedyCaseResponse.ForAsync(c, desk.Deadlines, ct)) : Results.NotFound())
            .WhoMay<OpinionsRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记行政复议意见书");
}
