using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Hotline.Import;

internal static class ImportTicketsEndpoint
{
    internal static void MapImportTickets(this RouteGroupBuilder group) =>
        group.MapPost("/hotline/import", async (IFormFile? file, ImportTicketsHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return Results.Problem(title: "请选择要导入的工单表（.xlsx 或 .csv）", statusCode: StatusCodes.Status400BadRequest);
                }

                await using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                return Results.Ok(await handler.HandleAsync(http.User.ToActor(), buffer, file.FileName, ct));
            })
            .WhoMay<TicketsImportedByClerkOrLeader>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("导入县12345热线平台派发的工单表（Excel 或 CSV；同一工单编号不重复登记）");
}
