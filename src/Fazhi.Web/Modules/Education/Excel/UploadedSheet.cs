using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Education.Excel;

/// <summary>The API side of every import: a missing file is a field error, never a 500.</summary>
internal static class UploadedSheet
{
    public static async Task<Results<Ok<ImportReport>, ValidationProblem>> ImportAsync(IFormFile? file, Func<Stream, Task<ImportReport>> import)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择要导入的 Excel 文件（.xlsx）。"] }, title: "提交的内容有误");
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        buffer.Position = 0;
        return TypedResults.Ok(await import(buffer));
    }
}
