using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Documents;

namespace Fazhi.IntegrationTests.Platform.Procedures;

/// <summary>
/// A person outside a step's rule reads why, in Chinese, whichever surface they used: the page answers 403 with the
/// rule's message and the API 403 ProblemDetails with the rule's code and the same message (ADR 0010). One case per
/// rule named by the documents, consultation, deadline, attachment and village steps.
/// </summary>
public sealed class StepRuleRefusalTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static readonly Guid Missing = Guid.Parse("0b5d1f3e-9c1a-4d0e-8f7a-2e6b9d4c1a77");

    public static TheoryData<string, string?, string, string, string> Refusals() => new()
    {
        // user, page (POST, with ?handler=), API route (POST), rule code, a phrase of the message
        { "xiaojiang.officer", "/workspace/documents/new", "/api/workspace/documents", "documents.drafting.who", "须由法制员或领导操作" },
        { "xiaojiang.clerk", $"/workspace/documents/{Missing}?handler=Sign&role=LeaderInCharge", $"/api/workspace/documents/{Missing}/signatures", "documents.signing.not-leader", "须由分管领导和主要领导签发" },
        { "xiaojiang.leader", $"/workspace/documents/{Missing}/review", $"/api/workspace/documents/{Missing}/legality-review/opinion", "documents.legality-review.opinion.who", "由被指定的法律顾问出具" },
        { "xiaojiang.advisor", $"/workspace/documents/{Missing}?handler=Register", $"/api/workspace/documents/{Missing}/registration", "documents.registration.who", "统一登记、统一编号由制定机关" },
        { "xiaojiang.officer", "/workspace/documents/cleanups", "/api/workspace/documents/cleanups", "documents.cleanup.who", "规范性文件清理由制定机关组织" },
        { "xiaojiang.officer", $"/workspace/consultations/{Missing}?handler=Publish", $"/api/workspace/consultations/{Missing}/summary", "consultation.answer.who", "由起草单位办理" },
        { "xiaojiang.clerk", $"/workspace/deadlines/{Missing}?handler=Extend", $"/api/workspace/deadlines/{Missing}/extension", "deadlines.extension.who", "延长期限须经负责人批准" },
        { "xiaojiang.cadre", "/workspace/attachments/upload", "/api/workspace/attachments", "attachments.upload.who", "村（社区）干部请通过手机登记活动" },
        { "xiaojiang.advisor", null, "/api/workspace/villages", "organization.villages.who", "村（社区）的登记由乡镇法制员或领导办理" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task APersonOutsideTheRule_IsRefusedWithItsChineseMessage_OnPageAndApiAlike(string user, string? page, string api, string code, string phrase)
    {
        var client = await app.ClientForAsync(user);

        if (page is not null)
        {
            var token = await FazhiApp.AntiforgeryTokenAsync(client, "/workspace");
            var onPage = await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            onPage.StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
            (await onPage.Content.ReadAsStringAsync()).ShouldContain(phrase);
        }

        // The upload route reads a multipart form; every other step reads JSON. The refusal comes before either is read.
        using var body = api.EndsWith("/attachments", StringComparison.Ordinal) ? (HttpContent)new MultipartFormDataContent() : JsonContent.Create(new { });
        var onApi = await client.PostAsync(api, body);
        onApi.StatusCode.ShouldBe(HttpStatusCode.Forbidden, api);
        var problem = JsonDocument.Parse(await onApi.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("detail").GetString()!.ShouldContain(phrase);
    }

    [Fact]
    public async Task TheSigningForm_TellsAClerkThatLeadersSign_AndALeaderIsOfferedItPlainly()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", "小江镇农村饮用水工程管护办法");
        (await clerk.PostAsJsonAsync($"/api/workspace/documents/{id}/registration", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var clerkPage = await clerk.GetStringAsync($"/workspace/documents/{id}");
        var leaderPage = await (await app.ClientForAsync("xiaojiang.leader")).GetStringAsync($"/workspace/documents/{id}");

        clerkPage.ShouldContain("须由分管领导和主要领导使用领导账户签发");
        leaderPage.ShouldContain("主要领导签发");
        leaderPage.ShouldNotContain("须由分管领导和主要领导使用领导账户签发");
    }
}
