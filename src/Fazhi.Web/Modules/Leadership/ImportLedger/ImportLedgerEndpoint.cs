using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Leadership.ImportLedger;

internal static class ImportLedgerEndpoint
{
    /// <summary>An upload like every other: the antiforgery token is required (form binding of <see cref="IFormFile"/>).</summary>
    internal static void MapImportLedger(this RouteGroupBuilder group) =>
        group.MapPost("/ledger/import", async Task<Results<Ok<LedgerImportReport>, ValidationProblem>> (IFormFile? file, ImportLedgerHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择要导入的 Excel 文件（.xlsx）。"] }, title: "提交的内容有误");
                }

                await using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                return TypedResults.Ok(await handler.HandleAsync(http.User.ToActor(), buffer, ct));
            })
            .WhoMay<LeadershipRecordsKeptByClerkOrLeader>()
            .ProducesValidationProblem()
            .WithSummary("导入第一责任人履职台账（Excel：会议、述法、向县委县政府报告；逐行报告错误）");
}
