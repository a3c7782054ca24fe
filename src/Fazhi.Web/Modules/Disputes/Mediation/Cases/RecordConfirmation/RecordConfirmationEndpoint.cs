using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordConfirmation;

internal static class RecordConfirmationEndpoint
{
    internal static void MapRecordConfirmation(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases/{id:guid}/judicial-confirmation", async (Guid id, RecordConfirmationRequest request, RecordConfirmationHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Cases.CaseResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<ConfirmationRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记当事人在三十日内共同申请司法确认（第三十三条）");
}
