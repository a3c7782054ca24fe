using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.SignAgreement;

internal static class SignAgreementEndpoint
{
    internal static void MapSignAgreement(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases/{id:guid}/signatures", async (Guid id, SignAgreementRequest request, SignAgreementHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(Fazhi.Modules.Disputes.Mediation.Cases.CaseResponse.From(await handler.HandleAsync(http.User.ToActor(), id, request, ct))))
            .WhoMay<SignaturesRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记当事人签名、调解员签名和调解委员会印章（第二十九条第二款）");
}
