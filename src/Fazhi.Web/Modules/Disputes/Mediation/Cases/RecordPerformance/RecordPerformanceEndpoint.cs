using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordPerformance;

internal static class RecordPerformanceEndpoint
{
    internal static void MapRecordPerformance(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases/{id:guid}/performance", async (Guid id, RecordPerformanceRequest request, RecordPerformanceHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Cases.CaseResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<PerformanceRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记调解协议履行情况（第三十一条第二款）");
}
