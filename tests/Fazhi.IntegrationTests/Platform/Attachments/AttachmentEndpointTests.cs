using System.Net;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Attachments;

public sealed class AttachmentEndpointTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static byte[] UniquePdf(string marker) => AttachmentUploads.UniquePdf(marker);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] bytes, Guid? ownerId = null, string purpose = "审核意见书") =>
        await AttachmentUploads.PostAsync(client, AttachmentUploads.OwnerType, ownerId ?? await AttachmentUploads.NewOwnerAsync(client), purpose, fileName, bytes);

    private static async Task<(Guid Id, string Sha256, string Url)> UploadedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return (root.GetProperty("id").GetGuid(), root.GetProperty("sha256").GetString()!, root.GetProperty("downloadUrl").GetString()!);
    }

    private string BlobPath(string sha256) => Path.Combine(app.DataFolder, "blobs", sha256[..2], sha256[2..4], sha256);

    [Fact]
    public async Task Upload_AsTownshipClerk_StoresTheFileAndDownloadReturnsTheSameBytesWithItsName()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var bytes = UniquePdf("download");

        var (id, sha256, url) = await UploadedAsync(await UploadAsync(clerk, "合法性审核意见书.pdf", bytes));
        var download = await clerk.GetAsync(url);

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("合法性审核意见书.pdf");
        File.Exists(BlobPath(sha256)).ShouldBeTrue();
        var row = await app.WithDbAsync(db => db.Set<Attachment>().AsNoTracking().SingleAsync(a => a.Id == id));
        row.UploadedByName.ShouldBe("小江镇法制员");
        row.Size.ShouldBe(bytes.Length);
        row.Kind.ShouldBe(AttachmentKind.Pdf);
        row.IsPublic.ShouldBeFalse();
    }

    [Fact]
    public async Task Download_ByAnotherTownshipsClerk_IsNotFound()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var (_, _, url) = await UploadedAsync(await UploadAsync(clerk, "意见.pdf", UniquePdf("foreign")));

        var foreign = await (await app.ClientForAsync("taixia.clerk")).GetAsync(url);

        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Download_Anonymously_IsUnauthorized()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var (_, _, url) = await UploadedAsync(await UploadAsync(clerk, "意见.pdf", UniquePdf("anonymous")));

        var response = await app.Anonymous().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Download_WhenTheBlobWasAlteredOnDisk_IsRefusedWithAChineseMessage()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        var (_, sha256, url) = await UploadedAsync(await UploadAsync(clerk, "处罚决定书.pdf", UniquePdf("tamper")));

        await File.WriteAllBytesAsync(BlobPath(sha256), UniquePdf("forged"));
        var response = await clerk.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("attachments.tampered");
        problem.ShouldContain("处罚决定书.pdf");
        problem.ShouldContain("篡改");
    }

    [Fact]
    public async Task Upload_OfAnExeRenamedPdf_IsRefusedWithChineseProblemDetailsAndStoresNothing()
    {
        var clerk = await app.ClientForAsync("touying.clerk");
        byte[] exe = [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, .. Guid.NewGuid().ToByteArray()];
        var before = await app.WithDbAsync(db => db.Set<Attachment>().CountAsync());

        var response = await UploadAsync(clerk, "报告.pdf", exe);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("attachments.content-mismatch");
        problem.ShouldContain("内容与扩展名不符");
        problem.ShouldContain("Windows 可执行程序");
        (await app.WithDbAsync(db => db.Set<Attachment>().CountAsync())).ShouldBe(before);
        Directory.GetFiles(Path.Combine(app.DataFolder, "blobs", "tmp")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_WithoutFileOrPurpose_IsBadRequestNamingTheFields()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await UploadAsync(clerk, "空.pdf", [], purpose: " ");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("请选择要上传的文件");
        problem.ShouldContain("请填写附件用途");
    }

    [Fact]
    public async Task Upload_OfTheSameFileTwice_KeepsOneBlobAndTwoRecords()
    {
        var clerk = await app.ClientForAsync("dazhanglou.clerk");
        var bytes = UniquePdf("twice");

        var first = await UploadedAsync(await UploadAsync(clerk, "第一份.pdf", bytes));
        var second = await UploadedAsync(await UploadAsync(clerk, "第二份.pdf", bytes));

        second.Sha256.ShouldBe(first.Sha256);
        second.Id.ShouldNotBe(first.Id);
        Directory.GetFiles(Path.Combine(app.DataFolder, "blobs"), first.Sha256, SearchOption.AllDirectories).Length.ShouldBe(1);
        (await (await clerk.GetAsync(second.Url)).Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
    }

    [Fact]
    public async Task PublicDownload_IsNotFoundUntilTheOwningRecordPublishesItsAttachments()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var owner = await AttachmentUploads.NewOwnerAsync(clerk);
        var bytes = UniquePdf("public");
        var (id, _, _) = await UploadedAsync(await UploadAsync(clerk, "公开文件.pdf", bytes, owner, "正式文本"));
        var visitor = app.Anonymous();

        (await visitor.GetAsync(AttachmentUrls.Public(id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await app.InScopeAsync(TenantContext.System, async sp =>
        {
            await sp.GetRequiredService<IAttachments>().SetPublicAsync(AttachmentUploads.OwnerType, owner, true, default);
            return await sp.GetRequiredService<Fazhi.Platform.Data.FazhiDbContext>().SaveChangesAsync();
        });
        var published = await visitor.GetAsync(AttachmentUrls.Public(id));

        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await published.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
    }

    [Fact]
    public async Task ListForOwner_ShowsTheOwnersAttachmentsOnly()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var owner = await AttachmentUploads.NewOwnerAsync(clerk);
        await UploadedAsync(await UploadAsync(clerk, "会议纪要.docx", DocxBytes(), owner, "会议纪要"));

        var json = await clerk.GetStringAsync($"/api/workspace/attachments?ownerId={owner}");

        json.ShouldContain("会议纪要.docx");
        json.ShouldContain("小江镇法制员");
        (await (await app.ClientForAsync("taixia.clerk")).GetStringAsync($"/api/workspace/attachments?ownerId={owner}")).ShouldBe("[]");
    }

    [Fact]
    public async Task UploadPage_WithARenamedFile_ShowsTheReasonNextToTheFileField()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        var owner = await AttachmentUploads.NewOwnerAsync(clerk);
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, $"/workspace/attachments/upload?ownerType={AttachmentUploads.OwnerType}&ownerId={owner}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(AttachmentUploads.OwnerType), "Input.OwnerType" },
            { new StringContent(owner.ToString()), "Input.OwnerId" },
            { new StringContent("现场照片"), "Input.Purpose" },
            { new StringContent("/workspace"), "Input.ReturnUrl" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]), "Input.File", "照片.jpg" },
        };

        var response = await clerk.PostAsync("/workspace/attachments/upload", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("field-validation-error");
        html.ShouldContain("内容与扩展名不符");
    }

    private static byte[] DocxBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<document/>") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
