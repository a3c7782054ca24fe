using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Cases.Import;

internal static class ImportCasesEndpoint
{
    internal static void MapImportCases(this RouteGroupBuilder group) =>
        group.MapPost("/mediation/cases/import", async (IFormFile? file, ImportCasesHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0 || !file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    return Results.Problem(title: "请选择要导入的调解台账（.xlsx）", statusCode: StatusCodes.Status400BadRequest);
                }

                await using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                return Results.Ok(await handler.HandleAsync(http.User.ToActor(), buffer, ct));
            })
            .WhoMay<CasesImportedByClerkOrLeader>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("导入历史人民调解台账（Excel，列与导出的台账相同）");
}
