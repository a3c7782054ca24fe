using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.OnTheSpot;

internal static class DecideOnTheSpotEndpoint
{
    internal static void MapDecideOnTheSpot(this RouteGroupBuilder group) =>
        group.MapPost("/cases/on-the-spot", async Task<Created<CaseResponse>> (DecideOnTheSpotRequest request, DecideOnTheSpotHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var @case = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Created($"/api/workspace/enforcement/cases/{@case.Id}", CaseResponse.From(@case));
            })
            .WhoMay<OnTheSpotPenaltyByOfficers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("简易程序当场处罚（第五十一条、第五十二条）");
}
