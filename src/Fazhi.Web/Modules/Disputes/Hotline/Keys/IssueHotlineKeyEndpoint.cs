using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Disputes.Hotline.Keys;

internal static class IssueHotlineKeyEndpoint
{
    internal static void MapIssueHotlineKey(this IEndpointRouteBuilder app) =>
        app.MapApiGroup("/api/admin/hotline-keys", "12345热线平台接口").MapPost("/", async (IssueHotlineKeyRequest request, IssueHotlineKeyHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), request, ct) is { } issued ? Results.Ok(issued) : Results.NotFound())
            .WhoMay<HotlineKeyIssuedByAdministrator>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("为县签发 12345 热线平台推送密钥（原密钥同时作废；密钥只显示一次）");
}
