using Fazhi.Modules.Disclosure.Requests.Record;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.ConfirmReceipt;

internal static class ConfirmReceiptEndpoint
{
    internal static void MapConfirmReceipt(this RouteGroupBuilder group) =>
        group.MapPost("/requests/{id:guid}/receipt", async (Guid id, ConfirmReceiptRequest request, ConfirmReceiptHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), id, request, ct) is { } r ? Results.Ok(RequestResponse.From(r)) : Results.NotFound())
            .WhoMay<ReceiptConfirmedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("确认收到申请（第三十一条）");
}
