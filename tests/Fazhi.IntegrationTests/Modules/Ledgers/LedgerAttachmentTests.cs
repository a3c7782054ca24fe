using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;

namespace Fazhi.IntegrationTests.Modules.Ledgers;

/// <summary>
/// An attachment field (附件): the entry form uploads the file with the entry, the ledger page links it, an authorised
/// user downloads it and another township's user does not, the export writes the file name; Excel cannot carry the
/// file (a required one refuses the row), and no indicator computes from it.
/// </summary>
public sealed class LedgerAttachmentTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = "/api/workspace/ledgers";

    private static object Definition(string key, bool required) => new
    {
        key,
        name = "集体廉政谈话台账",
        heading = "全面从严治党",
        lead = "全年",
        part = 3,
        fields = new object[]
        {
            new { key = "people", label = "参加人数", kind = 3, required = true },
            new { key = "minutes", label = "谈话记录", kind = 10, required },
        },
        indicators = new object[] { new { key = "talks", label = "集体廉政谈话", unit = "次", kind = 1, template = "开展集体廉政谈话{0}" } },
    };

    [Fact]
    public async Task UploadedWithTheEntry_LinkedOnTheLedgerPage_DownloadedByItsTownshipOnly_AndExportedByName()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var id = (await clerk.PostJsonAsync(Api, Definition("talks-minutes", required: true))).Json.GetProperty("id").GetString();
        var path = $"/workspace/ledgers/{id}/entries/new";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await FazhiApp.AntiforgeryTokenAsync(clerk, path)), "__RequestVerificationToken" },
            { new StringContent("2025-06-01"), "OccurredOn" },
            { new StringContent("12"), "Values[people]" },
        };
        var pdf = new ByteArrayContent(AttachmentUploads.UniquePdf("谈话记录"));
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "Files[minutes]", "谈话记录.pdf");

        var saved = await clerk.PostAsync(path, form);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync($"/workspace/ledgers/{id}?Year=2025"));
        var link = page.QuerySelector("table.ledger-entries a.ledger-attachment")!;
        link.TextContent.ShouldBe("谈话记录.pdf");
        var download = await clerk.GetAsync(link.GetAttribute("href"));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsStringAsync()).ShouldStartWith("%PDF-1.4");
        (await (await app.ClientForAsync("xiaojiang.clerk")).GetAsync(link.GetAttribute("href"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var exported = EducationApi.Rows(await clerk.GetByteArrayAsync($"/workspace/ledgers/{id}?Year=2025&handler=Export"));
        exported.Single()["谈话记录"].ShouldBe("谈话记录.pdf");
    }

    [Fact]
    public async Task ARequiredAttachment_RefusesAnExcelRowAndAJsonEntry_AnOptionalOneIsLeftEmpty_AndNoIndicatorComputesFromIt()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var required = (await clerk.PostJsonAsync(Api, Definition("talks-required", required: true))).Json.GetProperty("id").GetString();
        var optional = (await clerk.PostJsonAsync(Api, Definition("talks-optional", required: false))).Json.GetProperty("id").GetString();

        var json = await clerk.PostJsonAsync($"{Api}/{required}/entries", new { occurredOn = "2025-06-01", values = new Dictionary<string, string> { ["people"] = "8" } });
        json.ShouldBeRefusedBy("ledgers.value");
        json.Json.GetProperty("detail").GetString()!.ShouldContain("请上传谈话记录");

        var sheet = EducationApi.Workbook(["日期", "参加人数（人次）", "谈话记录"], ["2025-06-01", 8, ""]);

        var refused = await clerk.PostFileAsync($"{Api}/{required}/import", "file", "台账.xlsx", sheet, EducationApi.Xlsx);
        refused.Json.GetProperty("saved").GetInt32().ShouldBe(0);
        refused.Json.GetProperty("errors")[0].GetProperty("reason").GetString()!.ShouldContain("Excel 导入不能携带文件");
        var imported = await clerk.PostFileAsync($"{Api}/{optional}/import", "file", "台账.xlsx", sheet, EducationApi.Xlsx);
        imported.Json.GetProperty("saved").GetInt32().ShouldBe(1);

        var summed = await clerk.PostJsonAsync(Api, new
        {
            key = "talks-sum", name = "谈话台账", heading = "全面从严治党", lead = "全年", part = 3,
            fields = new object[] { new { key = "minutes", label = "谈话记录", kind = 10, required = false } },
            indicators = new object[] { new { key = "files", label = "谈话记录", unit = "份", kind = 2, field = "minutes", template = "形成谈话记录{0}" } },
        });
        summed.ShouldBeRefusedBy("ledgers.indicator-attachment");
    }
}
