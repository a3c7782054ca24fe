using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Decisions.CollectiveMatters.Register;

internal static class RegisterCollectiveMatterEndpoint
{
    internal static void MapRegisterCollectiveMatter(this RouteGroupBuilder group) =>
        group.MapPost("/collective-matters", async Task<Created<CollectiveMatterResponse>> (RegisterCollectiveMatterRequest request, RegisterCollectiveMatterHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var matter = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Created($"/api/workspace/decisions/collective-matters/{matter.Id}", CollectiveMatterResponse.From(matter));
            })
            .WhoMay<CollectiveMattersRegisteredByClerkOrLeader>()
            .ProducesValidationProblem()
            .WithSummary("登记“三重一大”事项");
}
