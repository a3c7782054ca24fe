using System.Net;
using System.Net.Http.Headers;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>Fazhi behind a proxy with the production body limits and small rate limits, so a test reaches them quickly.</summary>
public sealed class LimitedApp : FazhiApp
{
    public const int AnonymousPermits = 3;
    public const int SignInPermits = 4;
    public const int WritePermits = 5;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Fazhi:Security:ForwardedHeaders:Enabled", "true"),
        new("Fazhi:Security:RateLimits:AnonymousSubmissions:PermitLimit", $"{AnonymousPermits}"),
        new("Fazhi:Security:RateLimits:AnonymousSubmissions:Window", "01:00:00"),
        new("Fazhi:Security:RateLimits:SignIn:PermitLimit", $"{SignInPermits}"),
        new("Fazhi:Security:RateLimits:SignIn:Window", "01:00:00"),
        new("Fazhi:Security:RateLimits:Writes:PermitLimit", $"{WritePermits}"),
        new("Fazhi:Security:RateLimits:Writes:Window", "01:00:00"),
    ];
}

/// <summary>
/// Issue 13 §1: request bodies are limited per endpoint (small when anyone may post, large only for uploads) and
/// writes are rate-limited per client address (anonymous, sign-in) and per user (signed in), answered 429 in Chinese
/// with Retry-After. Each test comes from its own address and signs in as its own user, so limits do not overlap.
/// </summary>
public sealed class RequestLimitTests(LimitedApp app) : IClassFixture<LimitedApp>
{
    private const string ComplaintApi = $"/api/portal/enforcement/{SecurityClients.Xiaojiang}/complaints";
    private const string ComplaintPage = $"/t/{SecurityClients.Xiaojiang}/enforcement/complaint";

    private static object Complaint(string content) => new { name = "张三", phone = "13800000000", content };

    [Fact]
    public async Task AnonymousComplaint_LargerThanTheAnonymousLimit_IsRefused413InChinese_BeforeItIsRead()
    {
        var visitor = SecurityClients.From(app, "198.51.100.11");

        var response = await visitor.PostAsync(ComplaintApi, SecurityClients.Json(Complaint(new string('投', 40_000))));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var (title, detail) = await SecurityClients.ProblemAsync(response);
        title.ShouldBe("提交的内容过大");
        detail.ShouldContain("64 KB");
    }

    [Fact]
    public async Task AnonymousComplaintForm_LargerThanTheAnonymousLimit_ShowsTheChineseErrorPage()
    {
        var visitor = SecurityClients.From(app, "198.51.100.12");
        var token = await FazhiApp.AntiforgeryTokenAsync(visitor, ComplaintPage);

        var response = await visitor.PostAsync(ComplaintPage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "张三",
            ["Input.Content"] = new string('投', 30_000),
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("提交的内容过大");
    }

    [Fact]
    public async Task AnonymousBody_WithoutALength_IsCutOffAtTheLimit()
    {
        var visitor = SecurityClients.From(app, "198.51.100.13");
        var body = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            System.Text.Json.JsonSerializer.Serialize(Complaint(new string('投', 40_000))))));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, ComplaintApi) { Content = body };
        request.Headers.TransferEncodingChunked = true;

        var response = await visitor.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await SecurityClients.ProblemAsync(response)).Title.ShouldBe("提交的内容过大");
    }

    [Fact]
    public async Task SignedInJson_LargerThanTheSignedInLimit_IsRefused_ButAFormAsLargeAsADocumentIsNot()
    {
        var clerk = await SecurityClients.SignedInFromAsync(app, "198.51.100.14", "xiaojiang.clerk");

        var tooLarge = await clerk.PostAsync("/api/workspace/villages", SecurityClients.Json(new { name = new string('村', 1_000_000) }));
        var documentSized = await clerk.PostAsync("/api/workspace/villages", SecurityClients.Json(new { name = new string('村', 120_000) }));

        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await SecurityClients.ProblemAsync(tooLarge)).Detail.ShouldContain("2 MB");
        documentSized.StatusCode.ShouldBe(HttpStatusCode.BadRequest);   // read and validated, not refused for its size
    }

    [Fact]
    public async Task Upload_LargerThanAnyFormLimit_IsAccepted_BecauseOnlyUploadsGetTheAttachmentLimit()
    {
        var clerk = await SecurityClients.SignedInFromAsync(app, "198.51.100.15", "taixia.clerk");
        var pdf = AttachmentUploads.UniquePdf("large upload").Concat(new byte[3 * 1024 * 1024]).ToArray();

        var response = await AttachmentUploads.PostAsync(clerk, AttachmentUploads.OwnerType, await AttachmentUploads.NewOwnerAsync(clerk), "大文件", "large.pdf", pdf);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task UploadPage_WithALargeFile_IsAccepted_AndAnAnonymousFileIsNot()
    {
        var clerk = await SecurityClients.SignedInFromAsync(app, "198.51.100.16", "touying.clerk");
        var owner = await AttachmentUploads.NewOwnerAsync(clerk);
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, $"/workspace/attachments/upload?ownerType={AttachmentUploads.OwnerType}&ownerId={owner}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(AttachmentUploads.OwnerType), "Input.OwnerType" },
            { new StringContent(owner.ToString()), "Input.OwnerId" },
            { new StringContent("现场录音"), "Input.Purpose" },
            { new StringContent("/workspace"), "Input.ReturnUrl" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(AttachmentUploads.UniquePdf("page upload").Concat(new byte[3 * 1024 * 1024]).ToArray()), "Input.File", "录音整理.pdf" },
        };
        using var anonymousForm = new MultipartFormDataContent
        {
            { new StringContent("张三"), "Input.Name" },
            { new ByteArrayContent(new byte[200 * 1024]), "Input.File", "证据.pdf" },
        };

        var accepted = await clerk.PostAsync("/workspace/attachments/upload", form);
        var anonymous = await SecurityClients.From(app, "198.51.100.17").PostAsync(ComplaintPage, anonymousForm);

        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
        anonymous.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await anonymous.Content.ReadAsStringAsync()).ShouldContain("提交的内容过大");
    }

    [Fact]
    public async Task AnonymousSubmissions_BeyondTheLimit_Get429WithRetryAfter_OnlyForThatClient()
    {
        var visitor = SecurityClients.From(app, "198.51.100.21");
        for (var i = 0; i < LimitedApp.AnonymousPermits; i++)
        {
            (await visitor.PostAsync(ComplaintApi, SecurityClients.Json(Complaint($"第{i}次投诉：执法人员未出示证件。")))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var refused = await visitor.PostAsync(ComplaintApi, SecurityClients.Json(Complaint("再次投诉：执法人员未出示证件。")));
        var neighbour = await SecurityClients.From(app, "198.51.100.22").PostAsync(ComplaintApi, SecurityClients.Json(Complaint("另一位群众的投诉：未告知陈述申辩权利。")));
        var reading = await visitor.GetAsync(ComplaintPage);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        var (title, detail) = await SecurityClients.ProblemAsync(refused);
        title.ShouldBe("请求过于频繁");
        detail.ShouldContain("后再试");
        neighbour.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        reading.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnonymousForm_BeyondTheLimit_ShowsAChinesePageWithRetryAfter()
    {
        var visitor = SecurityClients.From(app, "198.51.100.23");
        HttpResponseMessage last = null!;
        for (var i = 0; i <= LimitedApp.AnonymousPermits; i++)
        {
            var token = await FazhiApp.AntiforgeryTokenAsync(visitor, ComplaintPage);
            last = await visitor.PostAsync(ComplaintPage, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Name"] = "李四",
                ["Input.Content"] = $"第{i}次投诉：检查时未出示执法证件。",
                ["__RequestVerificationToken"] = token,
            }));
        }

        last.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        last.Headers.RetryAfter.ShouldNotBeNull();
        var page = await last.Content.ReadAsStringAsync();
        page.ShouldContain("操作过于频繁");
        page.ShouldContain("后再试");
    }

    [Fact]
    public async Task SignIn_BeyondTheLimitOfOneAddress_Gets429_WhileAnotherAddressSignsIn()
    {
        var guesser = SecurityClients.From(app, "198.51.100.31");
        for (var i = 0; i < LimitedApp.SignInPermits; i++)
        {
            (await FazhiApp.SignInAsync(guesser, $"guess{i}.clerk", "wrong-password-1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await FazhiApp.SignInAsync(guesser, "touying.clerk", FazhiApp.DemoPassword);
        var elsewhere = await FazhiApp.SignInAsync(SecurityClients.From(app, "198.51.100.32"), "touying.clerk", FazhiApp.DemoPassword);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("操作过于频繁");
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Writes_OfOneUser_BeyondTheLimit_Get429_WhileAnotherUserAtTheSameAddressWrites()
    {
        var clerk = await SecurityClients.SignedInFromAsync(app, "198.51.100.41", "heshi.clerk");
        // A colleague who may also keep the village register (clerk or leader, ADR 0010), at the same address.
        var colleague = await SecurityClients.SignedInFromAsync(app, "198.51.100.41", "heshi.leader");
        for (var i = 0; i < LimitedApp.WritePermits; i++)
        {
            (await clerk.PostAsync("/api/workspace/villages", SecurityClients.Json(new { }))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var refused = await clerk.PostAsync("/api/workspace/villages", SecurityClients.Json(new { }));
        var other = await colleague.PostAsync("/api/workspace/villages", SecurityClients.Json(new { }));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await SecurityClients.ProblemAsync(refused)).Title.ShouldBe("请求过于频繁");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        other.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await clerk.GetAsync("/api/workspace/villages")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
