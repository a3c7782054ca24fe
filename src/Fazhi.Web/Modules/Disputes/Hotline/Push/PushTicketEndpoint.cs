using Fazhi.Platform.Web;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Disputes.Hotline.Push;

internal static class PushTicketEndpoint
{
    /// <summary>
    /// The one public write of the module: the county hotline platform pushes a ticket, authenticated by its county's key.
    /// No user session is involved; the key decides which county's townships it may reach. Like every API group it is an
    /// ApiGroups group, so an enum or date out of range (dispatchedAt 9999-12-31) is refused 400 naming the field before
    /// the handler checks the key (ADR 0019: strict input is checked before any step runs).
    /// </summary>
    internal static void MapPushTicket(this IEndpointRouteBuilder app) =>
        app.MapApiGroup("/api/hotline", "12345热线平台接口")
            .MapPost("/tickets", async ([FromHeader(Name = PushTicketHandler.KeyHeader)] string? key, PushTicketRequest request, PushTicketHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(key, request, ct) switch
                {
                    (PushOutcome.Received, { AlreadyReceived: true } receipt) => Results.Ok(receipt),
                    (PushOutcome.Received, { } receipt) => Results.Created($"/api/hotline/tickets/{Uri.EscapeDataString(receipt.TicketNumber)}", receipt),
                    (PushOutcome.KeyRefused, _) => Results.Problem(title: "密钥无效", detail: "热线平台密钥缺失或无效（X-Hotline-Key），工单未接收。请使用系统管理员为本县签发的密钥。",
                        statusCode: StatusCodes.Status401Unauthorized, extensions: new Dictionary<string, object?> { ["code"] = "disputes.hotline.key-invalid" }),
                    _ => Results.Problem(title: "承办乡镇不存在", detail: "区划代码不是本县乡镇，工单未接收。", statusCode: StatusCodes.Status404NotFound,
                        extensions: new Dictionary<string, object?> { ["code"] = "disputes.hotline.township-unknown" }),
                })
            .Produces<PushTicketResponse>(StatusCodes.Status201Created).Produces<PushTicketResponse>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("县12345热线平台推送工单（请求头 X-Hotline-Key 为本县密钥；同一工单编号重复推送只返回已登记的回执）")
            .WithDescription("工单推送到区划代码所指的本县乡镇，按诉求类型适用本镇设置的办理期限（工作日）。密钥缺失或错误返回 401；乡镇不属于密钥所属县返回 404；字段不合规返回 400。");
}
