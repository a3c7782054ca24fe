using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.ConsultThirdParty;

internal static class ConsultThirdPartyEndpoint
{
    internal static void MapConsultThirdParty(this RouteGroupBuilder group) =>
        group.MapPost("/requests/{id:guid}/third-party", async (Guid id, ConsultThirdPartyRequest request, ConsultThirdPartyHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(RequestResponse.From(r)) : Results.NotFound())
            .WhoMay<ThirdPartyConsultedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("征求第三方意见（第三十二条）");
}
