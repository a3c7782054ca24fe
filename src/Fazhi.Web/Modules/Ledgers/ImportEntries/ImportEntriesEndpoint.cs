using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Ledgers.ImportEntries;

internal static class ImportEntriesEndpoint
{
    /// <summary>An upload like every other: the antiforgery token is required (form binding of <see cref="IFormFile"/>).</summary>
    internal static void MapImportEntries(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/import", async Task<Results<Ok<EntryImportReport>, NotFound, ValidationProblem>> (Guid id, IFormFile? file, ImportEntriesHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择要导入的 Excel 文件（.xlsx）。"] }, title: "提交的内容有误");
                }

                await using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                return await handler.HandleAsync(http.User.ToActor(), id, buffer, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();
            })
            .WhoMay<LedgerEntriesKeptByStaff>()
            .ProducesValidationProblem()
            .WithSummary("导入台账记录（按导入模板；逐行报告错误，有错则不导入）");
}
