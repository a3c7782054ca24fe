using System.Net.Http.Headers;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;
using Fazhi.IntegrationTests.Modules.Ledgers;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>The record routes of the Ledgers module, for <see cref="ForeignRecordRoutes.All"/>: a fresh 太霞乡 ledger.</summary>
public static class LedgerForeignRecordRoutes
{
    private const string Api = "/api/workspace/ledgers";

    public static IReadOnlyDictionary<string, ForeignRecordRoute> All { get; } = new Dictionary<string, ForeignRecordRoute>(StringComparer.Ordinal)
    {
        ["PAGE /workspace/ledgers/{id:guid}"] = Route(async app => $"/workspace/ledgers/{await LedgerAsync(app)}"),
        ["PAGE /workspace/ledgers/{id:guid}/revise"] = Route(async app => $"/workspace/ledgers/{await LedgerAsync(app)}/revise"),
        ["PAGE /workspace/ledgers/{id:guid}/entries/new"] = Route(async app => $"/workspace/ledgers/{await LedgerAsync(app)}/entries/new"),
        ["PAGE /workspace/ledgers/{id:guid}/import"] = Route(async app => $"/workspace/ledgers/{await LedgerAsync(app)}/import"),
        ["POST /api/workspace/ledgers/{id:guid}/versions"] = Route(async app => $"{Api}/{await LedgerAsync(app)}/versions", () => Taixia.Json(new
        {
            name = "网格巡查台账", heading = "深化网格化服务管理", lead = "全年", part = 1,
            fields = new object[] { new { key = "village", label = "网格所在村", kind = 7, required = true } },
            indicators = Array.Empty<object>(),
        })),
        ["POST /api/workspace/ledgers/{id:guid}/entries"] = Route(async app => $"{Api}/{await LedgerAsync(app)}/entries",
            () => Taixia.Json(new { occurredOn = "2026-11-20", values = new Dictionary<string, string> { ["village"] = "太霞村", ["people"] = "3" } })),
        ["POST /api/workspace/ledgers/{id:guid}/import"] = Route(async app => $"{Api}/{await LedgerAsync(app)}/import", Sheet),

        // The county's ledgers (ADR 0036): the county reviewer is served, township staff are refused.
        ["PAGE /county/ledgers/{id:guid}/revise"] = new(RecordAccess.County, async app => $"/county/ledgers/{await CountyLedgerAsync(app)}/revise"),
        ["POST /api/county/ledgers/{id:guid}/versions"] = new(RecordAccess.County, async app => $"/api/county/ledgers/{await CountyLedgerAsync(app)}/versions", () => Taixia.Json(new
        {
            name = "网格巡查台账", heading = "深化网格化服务管理", lead = "全年", part = 1,
            fields = new object[] { new { key = "village", label = "网格所在村", kind = 7, required = true }, new { key = "people", label = "参加网格员", kind = 3, required = true } },
            indicators = Array.Empty<object>(),
        })),
    };

    private static async Task<Guid> CountyLedgerAsync(FazhiApp app)
    {
        var county = await app.ClientForAsync("county.reviewer");
        var defined = await county.PostJsonAsync("/api/county/ledgers", LedgerStepsTests.Definition("cty-" + Guid.NewGuid().ToString("N")[..8]));
        return defined.Json.GetProperty("id").GetGuid();
    }

    private static ForeignRecordRoute Route(Func<FazhiApp, Task<string>> path, Func<HttpContent>? body = null) => new(RecordAccess.Township, path, body);

    private static HttpContent Sheet()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(EducationApi.Workbook(["日期", "网格所在村", "参加网格员（人次）"], ["2026-11-20", "太霞村", 3]));
        file.Headers.ContentType = new MediaTypeHeaderValue(EducationApi.Xlsx);
        form.Add(file, "file", "台账.xlsx");
        return form;
    }

    private static async Task<Guid> LedgerAsync(FazhiApp app) =>
        (await Taixia.PostAsync(app, "clerk", Api, LedgerStepsTests.Definition("grid-" + Guid.NewGuid().ToString("N")[..8]))).GetProperty("id").GetGuid();
}
