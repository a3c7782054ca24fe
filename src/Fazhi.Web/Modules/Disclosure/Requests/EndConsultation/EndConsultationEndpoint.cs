using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.EndConsultation;

internal static class EndConsultationEndpoint
{
    internal static void MapEndConsultation(this RouteGroupBuilder group) =>
        group.MapPost("/requests/{id:guid}/third-party-answer", async (Guid id, EndConsultationRequest request, EndConsultationHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(RequestResponse.From(r)) : Results.NotFound())
            .WhoMay<ConsultationEndedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记第三方意见（第三十二条）");
}
