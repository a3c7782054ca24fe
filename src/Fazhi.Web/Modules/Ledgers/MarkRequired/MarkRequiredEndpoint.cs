using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Ledgers.MarkRequired;

internal static class MarkRequiredEndpoint
{
    /// <summary>Under /api/county/indicators: county reviewers only (route-prefix policy).</summary>
    internal static void MapMarkRequired(this RouteGroupBuilder group) =>
        group.MapPost("/required", async (MarkRequiredRequest request, MarkRequiredHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok((await handler.HandleAsync(http.User.ToActor(), request, ct)).Select(r => new RequiredIndicatorInfo(r.IndicatorKey, r.Label)).ToList()))
            .WhoMay<RequiredIndicatorsMarkedByCounty>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("标记某年度各乡镇年度报告必须表述的指标（未列出的取消）");
}
