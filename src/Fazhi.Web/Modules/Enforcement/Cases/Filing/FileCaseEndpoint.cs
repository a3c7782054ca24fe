using Fazhi.Modules.Enforcement.Cases.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Enforcement.Cases.Filing;

internal static class FileCaseEndpoint
{
    internal static void MapFileCase(this RouteGroupBuilder group) =>
        group.MapPost("/cases", async Task<Created<CaseResponse>> (FileCaseRequest request, FileCaseHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var @case = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Created($"/api/workspace/enforcement/cases/{@case.Id}", CaseResponse.From(@case));
            })
            .WhoMay<CaseFiledOnResponsiblePersonsApproval>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("立案（普通程序，第五十四条）");
}
