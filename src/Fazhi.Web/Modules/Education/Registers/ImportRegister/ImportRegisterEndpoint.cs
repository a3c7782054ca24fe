using Fazhi.Modules.Education.Excel;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Registers.ImportRegister;

internal static class ImportRegisterEndpoint
{
    internal static void MapImportRegister(this RouteGroupBuilder group)
    {
        group.MapPost("/registers/responsibilities/import", (IFormFile? file, ImportRegisterHandler handler, HttpContext http, CancellationToken ct) =>
                UploadedSheet.ImportAsync(file, s => handler.HandleAsync(http.User.ToActor(), RegisterKind.Responsibilities, s, ct)))
            .WhoMay<PublicityPlanKeptByClerkOrLeader>()
            .WithSummary("导入“谁执法谁普法”责任清单（填写完成日期即销号）");
        group.MapPost("/registers/{kind}/import", async Task<IResult> (string kind, IFormFile? file, ImportRegisterHandler handler, HttpContext http, CancellationToken ct) =>
                RegisterSheets.FromSlug(kind) is { } k and not RegisterKind.Responsibilities
                    ? await UploadedSheet.ImportAsync(file, s => handler.HandleAsync(http.User.ToActor(), k, s, ct))
                    : TypedResults.NotFound())
            .WhoMay<RegistersKeptByClerkOrLeader>()
            .WithSummary("导入普法台账：schools（学校和法治副校长）、legal-literates（法律明白人）、demonstration-villages（民主法治示范村）、village-groups（村民小组）");
    }
}
