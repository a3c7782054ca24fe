using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.Register;

internal static class RegisterEndpoint
{
    internal static void MapRegister(this RouteGroupBuilder group) =>
        group.MapPost("/requests", async (RegisterRequest request, RegisterHandler handler, HttpContext http, CancellationToken ct) =>
                Results.Ok(RequestResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<RequestsRegisteredByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记政府信息公开申请（当面、邮寄、传真）");
}
