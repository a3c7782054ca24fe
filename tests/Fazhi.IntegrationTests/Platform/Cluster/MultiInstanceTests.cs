using System.Net;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Decisions;
using Fazhi.Platform.Attachments;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Cluster;

/// <summary>
/// Issue 19 item 1 (ADR 0029): two instances on one database behave as one Fazhi for a browser the load balancer sends
/// to either: the sign-in cookie and the antiforgery token of one are accepted by the other, and a file uploaded to one
/// is downloaded from the other out of the database store, re-hashed on the way out.
/// </summary>
public sealed class MultiInstanceTests(ClusterApp cluster) : IClassFixture<ClusterApp>
{
    [Fact]
    public async Task SignInOnOneInstance_PostsAFormWithItsAntiforgeryTokenOnTheOther()
    {
        var jar = new CookieContainer();
        var first = ClusterApp.ClientOf(cluster.First, jar);
        var second = ClusterApp.ClientOf(cluster.Second, jar);

        (await FazhiApp.SignInAsync(first, "xiaojiang.clerk", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var token = await FazhiApp.AntiforgeryTokenAsync(first, "/workspace");
        var owner = await AttachmentUploads.NewOwnerAsync(second);
        var response = await AttachmentUploads.PostAsync(second, token, AttachmentUploads.OwnerType, owner, "审核意见书", "合法性审核意见书.pdf", AttachmentUploads.UniquePdf("cross-instance"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await second.GetAsync("/workspace")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // One key ring, in the database, for both instances.
        (await cluster.Second.WithDbAsync(db => db.Set<DataProtectionKey>().CountAsync())).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task MattersRegisteredOnBothInstancesAtOnce_EachGetTheirOwnReceiptNumber()
    {
        // ADR 0037: the series is held in the database (an advisory lock), not in either process.
        var jar = new CookieContainer();
        var first = ClusterApp.ClientOf(cluster.First, jar);
        var second = ClusterApp.ClientOf(cluster.Second, jar);
        (await FazhiApp.SignInAsync(first, "xiaojiang.clerk", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? first : second).SendAsync($"{Tenancy.DisputeRecords.Api}/matters", Tenancy.DisputeRecords.MatterBody(cluster.First))));

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.Created);
        answers.Select(a => a.Json.GetProperty("receiptNumber").GetString()).Distinct().Count().ShouldBe(10);
    }

    [Fact]
    public async Task AFormPostedWithAForgedToken_IsRefusedByTheOtherInstance()
    {
        var jar = new CookieContainer();
        var first = ClusterApp.ClientOf(cluster.First, jar);
        var second = ClusterApp.ClientOf(cluster.Second, jar);
        (await FazhiApp.SignInAsync(first, "heshi.clerk", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var owner = await AttachmentUploads.NewOwnerAsync(second);

        var response = await AttachmentUploads.PostAsync(second, "CfDJ8" + new string('A', 120), AttachmentUploads.OwnerType, owner, "审核意见书", "意见.pdf", AttachmentUploads.UniquePdf("forged-token"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UploadOnOneInstance_DownloadsTheSameBytesFromTheOther_OutOfTheDatabase()
    {
        var jar = new CookieContainer();
        var first = ClusterApp.ClientOf(cluster.First, jar);
        var second = ClusterApp.ClientOf(cluster.Second, jar);
        (await FazhiApp.SignInAsync(first, "taixia.clerk", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Larger than one chunk, so the download puts chunks back together in order.
        var bytes = AttachmentUploads.UniquePdf("two-chunks").Concat(Enumerable.Range(0, DatabaseBlobStore.ChunkBytes + 4096).Select(i => (byte)(i % 251))).ToArray();

        var (sha256, url) = await UploadedAsync(await AttachmentUploads.PostAsync(first, AttachmentUploads.OwnerType,
            await AttachmentUploads.NewOwnerAsync(first), "审核意见书", "现场执法记录.pdf", bytes));
        var download = await second.GetAsync(url);

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("现场执法记录.pdf");
        (await cluster.Second.WithDbAsync(db => db.Set<AttachmentBlobChunk>().CountAsync(c => c.Sha256 == sha256))).ShouldBe(2);
        // Neither instance's own folder holds the file: the database is the only shared place.
        foreach (var instance in new[] { cluster.First, cluster.Second })
        {
            File.Exists(Path.Combine(instance.DataFolder, "blobs", sha256[..2], sha256[2..4], sha256)).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Download_WhenAChunkWasAlteredInTheDatabase_IsRefusedWithAChineseMessage()
    {
        var jar = new CookieContainer();
        var first = ClusterApp.ClientOf(cluster.First, jar);
        var second = ClusterApp.ClientOf(cluster.Second, jar);
        (await FazhiApp.SignInAsync(first, "touying.clerk", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (sha256, url) = await UploadedAsync(await AttachmentUploads.PostAsync(first, AttachmentUploads.OwnerType,
            await AttachmentUploads.NewOwnerAsync(first), "审核意见书", "处罚决定书.pdf", AttachmentUploads.UniquePdf("tamper")));

        var forged = AttachmentUploads.UniquePdf("forged");
        (await cluster.First.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE att_blob_chunks SET \"Content\" = {forged} WHERE \"Sha256\" = {sha256}"))).ShouldBe(1);
        var response = await second.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("attachments.tampered");
        problem.ShouldContain("处罚决定书.pdf");
        problem.ShouldContain("篡改");
    }

    [Fact]
    public async Task Download_WhenTheChunksAreGone_IsRefused()
    {
        var jar = new CookieContainer();
        var first = ClusterApp.ClientOf(cluster.First, jar);
        (await FazhiApp.SignInAsync(first, "xiaojiang.clerk", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (sha256, url) = await UploadedAsync(await AttachmentUploads.PostAsync(first, AttachmentUploads.OwnerType,
            await AttachmentUploads.NewOwnerAsync(first), "审核意见书", "听证笔录.pdf", AttachmentUploads.UniquePdf("vanished")));

        await cluster.First.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM att_blob_chunks WHERE \"Sha256\" = {sha256}"));
        var response = await ClusterApp.ClientOf(cluster.Second, jar).GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("attachments.tampered");
    }


    private static async Task<(string Sha256, string Url)> UploadedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("sha256").GetString()!, json.RootElement.GetProperty("downloadUrl").GetString()!);
    }
}
