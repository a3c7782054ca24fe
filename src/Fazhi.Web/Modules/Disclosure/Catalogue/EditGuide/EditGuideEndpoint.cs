using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Catalogue.EditGuide;

internal static class EditGuideEndpoint
{
    internal static void MapEditGuide(this RouteGroupBuilder group) =>
        group.MapPost("/guide", async (EditGuideRequest request, EditGuideHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var guide = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return Results.Ok(new { guide.OfficeName, guide.Address, guide.Hours, guide.Phone, guide.Fax, guide.OnlineContact, guide.UpdatedOn });
            })
            .WhoMay<GuideKeptByClerkOrLeader>()
            .ProducesValidationProblem()
            .WithSummary("更新政府信息公开指南（第十二条）");
}
