using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Platform.Tenancy;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Platform.Attachments;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>
/// Issue 13 item 8: uploads and imports are bounded (what an OOXML package unpacks to, how many parts it has, how many
/// rows an import holds), every form post carries its antiforgery token, a file or an evidence item refers only to a
/// record of the uploader's own township, and bidi control characters never reach what the pages show.
/// </summary>
public sealed class FileSecurityTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Docx_Of522KilobytesThatInflatesTo512MiB_IsRefused_AndNothingIsStored()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var owner = await AttachmentUploads.NewOwnerAsync(clerk);
        var bomb = Package(("word/document.xml", Zeros: 0, "<w:document/>"), ("word/media/image1.bin", Zeros: 512L * 1024 * 1024, null));
        bomb.Length.ShouldBeLessThan(600 * 1024);
        var before = await app.WithDbAsync(db => db.Set<Attachment>().CountAsync());

        var response = await AttachmentUploads.PostAsync(clerk, AttachmentUploads.OwnerType, owner, "会议纪要", "会议纪要.docx", bomb);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("code").GetString().ShouldBe("attachments.package-inflates-too-much");
        problem.GetProperty("detail").GetString()!.ShouldContain("解压后超过 256 MB");
        (await app.WithDbAsync(db => db.Set<Attachment>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Xlsx_WithThousandsOfParts_IsRefused()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var owner = await AttachmentUploads.NewOwnerAsync(clerk);
        var parts = Enumerable.Range(0, 3000).Select(i => ($"xl/worksheets/sheet{i}.xml", Zeros: 0L, (string?)"<worksheet/>")).ToArray();

        var response = await AttachmentUploads.PostAsync(clerk, AttachmentUploads.OwnerType, owner, "统计表", "统计表.xlsx", Package(parts));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("attachments.package-too-many-parts");
    }

    [Fact]
    public async Task PowersImport_OfMoreRowsThanACatalogueHas_IsRefusedInChinese_AndSavesNothing()
    {
        var clerk = await app.ClientForAsync("touying.clerk");
        var rows = Enumerable.Range(1, PowerCatalog.MaxRows + 1).Select(i => new Dictionary<string, object?>
        {
            ["事项编码"] = $"XZCF-TY-{i:00000}", ["事项名称"] = "对在集镇建成区占道经营的行政处罚", ["职权类别"] = "行政处罚",
            ["设定依据"] = "《城市市容和环境卫生管理条例》第三十六条", ["处罚种类"] = "警告、罚款", ["罚款下限"] = "50", ["罚款上限"] = "500",
        }).ToList();
        using var sheet = new MemoryStream();
        await sheet.SaveAsAsync(rows);
        var before = await PowerCountAsync("990100103000");

        var api = await PostImportAsync(clerk, sheet.ToArray(), withToken: true);
        var page = await PostImportPageAsync(clerk, sheet.ToArray());

        api.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("code").GetString().ShouldBe("enforcement.powers.import-too-many-rows");
        problem.GetProperty("detail").GetString()!.ShouldContain($"超过 {PowerCatalog.MaxRows} 行");
        page.QuerySelector(".alert")!.TextContent.ShouldContain($"超过 {PowerCatalog.MaxRows} 行");
        (await PowerCountAsync("990100103000")).ShouldBe(before);
    }

    [Fact]
    public async Task PowersImport_PostedWithoutTheAntiforgeryToken_IsRefused_AndImportsNothing()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        using var sheet = new MemoryStream();
        await sheet.SaveAsAsync(new[]
        {
            new Dictionary<string, object?>
            {
                ["事项编码"] = "XZCF-HS-CSRF", ["事项名称"] = "对擅自占用城市道路的行政处罚", ["职权类别"] = "行政处罚",
                ["设定依据"] = "《城市道路管理条例》第四十二条", ["处罚种类"] = "警告、罚款", ["罚款上限"] = "20000",
            },
        });

        var forged = await PostImportAsync(clerk, sheet.ToArray(), withToken: false);

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        forged.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("表单已过期");
        (await app.WithDbAsync(db => db.Set<PowerItem>().CountAsync(p => p.Code == "XZCF-HS-CSRF"))).ShouldBe(0);
        (await PostImportAsync(clerk, sheet.ToArray(), withToken: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.Set<PowerItem>().CountAsync(p => p.Code == "XZCF-HS-CSRF"))).ShouldBe(1);
    }

    [Fact]
    public void NoEndpoint_TurnsAntiforgeryOff()
    {
        _ = app.Server;
        var exempt = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false })
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        exempt.ShouldBeEmpty("每个表单提交都必须校验防伪令牌");
    }

    [Fact]
    public async Task Attachment_FiledUnderAnotherTownshipsRecord_OrUnderNoRecord_IsRefusedAlike()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var taixiaDocument = await DocumentRecords.DocumentAsync(app, DocumentProgress.Draft);
        var taixiaCase = await EnforcementRecords.CaseAsync(app, CaseProgress.Filed);

        var refusals = new[]
        {
            await AttachmentUploads.PostAsync(clerk, "NormativeDocument", taixiaDocument, "附件", "越界.pdf", AttachmentUploads.UniquePdf("foreign-document")),
            await AttachmentUploads.PostAsync(clerk, "EnforcementCase", taixiaCase, "证据", "越界.pdf", AttachmentUploads.UniquePdf("foreign-case")),
            await AttachmentUploads.PostAsync(clerk, "NormativeDocument", Guid.NewGuid(), "附件", "无主.pdf", AttachmentUploads.UniquePdf("no-record")),
            await AttachmentUploads.PostAsync(clerk, "Correspondence", Guid.NewGuid(), "附件", "无类型.pdf", AttachmentUploads.UniquePdf("no-type")),
        };

        foreach (var refused in refusals)
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            problem.GetProperty("code").GetString().ShouldBe("attachments.owner-not-found");
            problem.GetProperty("detail").GetString()!.ShouldContain("不存在或不属于本乡镇");
        }

        (await app.WithDbAsync(db => db.Set<Attachment>().CountAsync(a => a.OwnerId == taixiaDocument || a.OwnerId == taixiaCase))).ShouldBe(0);
        var own = await AttachmentUploads.PostAsync(clerk, AttachmentUploads.OwnerType, await AttachmentUploads.NewOwnerAsync(clerk), "附件", "本镇.pdf", AttachmentUploads.UniquePdf("own"));
        own.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task EvidenceItem_PointingAtAnotherTownshipsFile_IsRefused()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var taixiaFile = await PlatformRecords.AttachmentAsync(app, isPublic: false);
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        var @case = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Skip(10).Take(2), new DateOnly(2026, 11, 23), partyName: "韦金华", isMajor: false))).ShouldSucceed();
        var caseId = @case.GetProperty("id").GetGuid();

        var refused = await officer.SendAsync($"/cases/{caseId}/evidence", new { kind = "书证", description = "营业执照复印件", collectedBy = "执法人员", collectedOn = "2026-11-23", attachmentId = taixiaFile });

        refused.ShouldBeRefusedBy("enforcement.evidence.file-not-found");
        (await clerk.ReadAsync($"/cases/{caseId}")).ToString().ShouldNotContain(taixiaFile.ToString());
    }

    [Fact]
    public async Task BidiControlCharacters_InTitlesAndFileNames_NeverReachThePages()
    {
        var clerk = await app.ClientForAsync("dazhanglou.clerk");
        var created = await clerk.PostAsJsonAsync("/api/workspace/documents", new { title = "关于\u202E知通的理管镇集强加\u202C的规定", body = "第一条 为加强集镇管理，制定本规定。" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var uploaded = await AttachmentUploads.PostAsync(clerk, AttachmentUploads.OwnerType, id, "附件", "照片\u202Egpj.pdf", AttachmentUploads.UniquePdf("bidi"));
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created);

        var list = await clerk.GetStringAsync("/workspace/documents");
        var detail = await clerk.GetStringAsync($"/workspace/documents/{id}");

        foreach (var html in new[] { list, detail })
        {
            html.ShouldNotContain("\u202E");
            html.ShouldNotContain("\u202C");
            html.ShouldNotContain("&#x202E;");
        }

        list.ShouldContain("关于知通的理管镇集强加的规定");
        detail.ShouldContain("照片gpj.pdf");
        (await app.WithDbAsync(db => db.Set<Attachment>().Where(a => a.OwnerId == id).Select(a => a.FileName).SingleAsync())).ShouldBe("照片gpj.pdf");
    }

    private Task<int> PowerCountAsync(string townshipCode) => app.WithDbAsync(db =>
        db.Set<PowerItem>().CountAsync(p => db.Set<Fazhi.Modules.Organization.Township>().Any(t => t.Id == p.TownshipId && t.DivisionCode == townshipCode)));

    private static async Task<HttpResponseMessage> PostImportAsync(HttpClient client, byte[] xlsx, bool withToken)
    {
        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(await FazhiApp.AntiforgeryTokenAsync(client, "/workspace")), "__RequestVerificationToken");
        }

        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "下放目录.xlsx");
        return await client.PostAsync($"{Base}/powers/import", form);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PostImportPageAsync(HttpClient client, byte[] xlsx)
    {
        const string page = "/workspace/enforcement/powers";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await FazhiApp.AntiforgeryTokenAsync(client, page)), "__RequestVerificationToken" },
        };
        form.Add(new ByteArrayContent(xlsx), "Upload", "下放目录.xlsx");
        var response = await client.PostAsync(page, form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>An OOXML package: [Content_Types].xml and the given parts, each either text or that many zero bytes.</summary>
    private static byte[] Package(params (string Name, long Zeros, string? Text)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, zeros, text) in parts.Prepend(("[Content_Types].xml", 0L, "<Types/>")))
            {
                using var part = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                if (text is not null)
                {
                    part.Write(Encoding.UTF8.GetBytes(text));
                    continue;
                }

                var chunk = new byte[1024 * 1024];
                for (var written = 0L; written < zeros; written += chunk.Length)
                {
                    part.Write(chunk);
                }
            }
        }

        return buffer.ToArray();
    }
}
