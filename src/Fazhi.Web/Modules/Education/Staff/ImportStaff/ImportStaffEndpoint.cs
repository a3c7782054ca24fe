using Fazhi.Modules.Education.Excel;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Staff.ImportStaff;

internal static class ImportStaffEndpoint
{
    internal static void MapImportStaff(this RouteGroupBuilder group) =>
        group.MapPost("/staff/import", (IFormFile? file, ImportStaffHandler handler, HttpContext http, CancellationToken ct) =>
                UploadedSheet.ImportAsync(file, s => handler.HandleAsync(http.User.ToActor(), s, ct)))
            .WhoMay<RegistersKeptByClerkOrLeader>()
            .WithSummary("导入干部职工名册（Excel，列：姓名、职务、所在单位、中心组成员、到岗日期、离岗日期、离岗原因；逐行报告错误）");
}
