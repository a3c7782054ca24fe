using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.Modules.Documents.Model;
using Fazhi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Documents;

/// <summary>
/// Issue 3 §10: a document's page on the portal shows its attachments. They are filed with the draft, change only while
/// the text may change, become public with the document and never take its internal files with them.
/// </summary>
public sealed class DocumentAttachmentsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string XiaojiangCode = "990100101000";

    private static byte[] UniquePdf(string marker) => AttachmentUploads.UniquePdf(marker);

    private static async Task<(HttpStatusCode Status, JsonElement Json)> UploadAsync(HttpClient client, string ownerType, Guid ownerId, string purpose, string fileName, byte[] bytes)
    {
        var response = await AttachmentUploads.PostAsync(client, ownerType, ownerId, purpose, fileName, bytes);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task PublishedDocument_ShowsItsAttachmentsOnThePortal_ButNeverItsReviewFiles()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DraftAsync(clerk, "小江镇农村公益性公墓管理办法");
        var annex = UniquePdf("annex");
        var (status, uploaded) = await UploadAsync(clerk, "NormativeDocument", id, "附件：公墓安葬申请表", "公墓安葬申请表.pdf", annex);
        status.ShouldBe(HttpStatusCode.Created, uploaded.ToString());
        var annexId = uploaded.GetProperty("id").GetGuid();
        var visitor = app.Anonymous();
        (await visitor.GetAsync($"/files/{annexId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var assigned = await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = "xiaojiang.advisor" });
        assigned.ShouldBeOk();
        // An internal file of the document's procedure (filed under its legality review) must not go public with it.
        var (internalStatus, opinion) = await UploadAsync(clerk, "LegalityReview", assigned.Json.GetProperty("reviewId").GetGuid(), "审核意见书", "合法性审核意见书.pdf", UniquePdf("opinion"));
        internalStatus.ShouldBe(HttpStatusCode.Created, opinion.ToString());
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        (await advisor.PostAsync($"/api/workspace/documents/{id}/legality-review/opinion", new { opinion = 1, reasons = "制定主体、权限、程序合法。" })).ShouldBeOk();
        (await clerk.PostAsync($"/api/workspace/documents/{id}/deliberation", new { meetingDate = "2026-11-20", attendees = "镇长、副镇长、党政办主任", decision = 1, minutes = "会议审议通过。" })).ShouldBeOk();
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk();
        await DocumentsApi.SignBothAsync(app, id);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/publication", new { writtenOn = "2026-11-20", effectiveFrom = "2026-12-01" })).ShouldBeOk();

        var html = await (await visitor.GetAsync($"/t/{XiaojiangCode}/documents/{id}")).Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        var links = page.QuerySelectorAll("ul.attachment-list a").ToList();
        links.Count.ShouldBe(1);
        links[0].TextContent.ShouldBe("公墓安葬申请表.pdf");
        links[0].GetAttribute("href").ShouldBe($"/files/{annexId}");
        page.Body!.TextContent.ShouldContain("附件：公墓安葬申请表");
        html.ShouldNotContain("合法性审核意见书");
        var download = await visitor.GetAsync($"/files/{annexId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(annex);
        (await visitor.GetAsync($"/files/{opinion.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The public API offers the same files, with their hashes for whoever re-publishes them.
        var api = await visitor.GetJsonAsync($"/api/portal/{XiaojiangCode}/documents/{id}");
        var files = api.GetProperty("attachments");
        files.GetArrayLength().ShouldBe(1);
        files[0].GetProperty("fileName").GetString().ShouldBe("公墓安葬申请表.pdf");
        files[0].GetProperty("downloadUrl").GetString().ShouldBe($"/files/{annexId}");
        files[0].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(annex)));
    }

    [Fact]
    public async Task DemoServiceRules_OnThePortal_OfferTheirAnnexAsARealWordFile()
    {
        var id = await app.WithDbAsync(db => db.Set<NormativeDocument>().Where(d => d.Title == "太霞乡便民服务中心服务规范").Select(d => d.Id).SingleAsync());
        var visitor = app.Anonymous();

        var page = new HtmlParser().ParseDocument(await (await visitor.GetAsync($"/t/990100102000/documents/{id}")).Content.ReadAsStringAsync());
        var link = page.QuerySelectorAll("ul.attachment-list a").Single();
        link.TextContent.ShouldBe("便民服务中心延时服务事项清单.docx");
        var download = await visitor.GetAsync(link.GetAttribute("href"));

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var word = WordprocessingDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), false);
        word.MainDocumentPart!.Document!.Body!.InnerText.ShouldContain("城乡居民养老保险参保登记");
    }

    [Fact]
    public async Task Attachment_AfterSigningOrDuringReview_IsRefusedByTheIssuedTextRule()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DraftAsync(clerk, "小江镇集镇门前三包管理办法");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = "xiaojiang.advisor" })).ShouldBeOk();

        (await UploadAsync(clerk, "NormativeDocument", id, "附件", "责任书.pdf", UniquePdf("review")))
            .ShouldBeRefusedWith("documents.drafting.text-frozen");

        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        (await advisor.PostAsync($"/api/workspace/documents/{id}/legality-review/opinion", new { opinion = 1, reasons = "合法。" })).ShouldBeOk();
        (await clerk.PostAsync($"/api/workspace/documents/{id}/deliberation", new { meetingDate = "2026-11-20", attendees = "镇长、副镇长", decision = 1, minutes = "通过。" })).ShouldBeOk();
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk();

        var refused = await UploadAsync(clerk, "NormativeDocument", id, "附件", "责任书.pdf", UniquePdf("signed"));
        refused.ShouldBeRefusedWith("documents.drafting.signed-version-locked");
        refused.Json.GetProperty("detail").GetString()!.ShouldContain("国办发〔2018〕37号");
        var page = await (await clerk.GetAsync($"/workspace/documents/{id}")).Content.ReadAsStringAsync();
        page.ShouldContain("文件附件");
        page.ShouldNotContain("上传附件");
    }

    [Fact]
    public async Task Attachment_ToAnotherTownshipsDocument_IsRefused()
    {
        var taixia = await app.ClientForAsync("taixia.clerk");
        var theirs = await DocumentsApi.DraftAsync(taixia, "太霞乡集镇环境卫生管理办法");
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        (await UploadAsync(clerk, "NormativeDocument", theirs, "附件", "附件.pdf", UniquePdf("foreign")))
            .ShouldBeRefusedWith("attachments.owner-not-found");

        var ownPage = await (await clerk.GetAsync($"/workspace/documents/{await DocumentsApi.DraftAsync(clerk, "小江镇村规民约备案办法")}")).Content.ReadAsStringAsync();
        ownPage.ShouldContain("上传附件");
    }
}
