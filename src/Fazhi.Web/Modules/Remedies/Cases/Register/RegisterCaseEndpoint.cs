using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.Register;

internal static class RegisterCaseEndpoint
{
    internal static void MapRegisterCase(this RouteGroupBuilder group) =>
        group.MapPost("/cases", async (RegisterCaseRequest request, RegisterCaseHandler handler, CaseDesk desk, HttpContext http, CancellationToken ct) =>
                Results.Ok(await RemedyCaseResponse.ForAsync(await handler.HandleAsync(http.User.ToActor(), request, ct), desk.Deadlines, ct)))
            .WhoMay<CasesRegisteredByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记行政复议或行政诉讼案件（收到副本）");
}
