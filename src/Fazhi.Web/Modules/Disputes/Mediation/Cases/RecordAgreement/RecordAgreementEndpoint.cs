using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.RecordAgreement;

internal static class RecordAgreementEndpoint
{
    internal static void MapRecordAgreement(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases/{id:guid}/agreement", async (Guid id, RecordAgreementRequest request, RecordAgreementHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Cases.CaseResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<AgreementRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记书面调解协议书或口头调解协议（第二十八条至第三十条）");
}
