using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Decisions;

/// <summary>
/// The steps of a major decision through their pages (ADR 0010): the decision's page offers each person the forms their
/// rule admits, a form posts to its step's page, which redirects back saying what comes next, keeps what was typed when
/// refused, and answers 404 for a part of the decision that does not exist.
/// </summary>
public sealed class DecisionStepPagesTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static async Task<IHtmlDocument> HtmlAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(client, "/workspace/decisions");
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static IReadOnlyList<string> FormActions(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main form[method=post]").Select(f => f.GetAttribute("action") ?? "")];

    [Fact]
    public async Task DecisionPage_InLegalityReview_OffersTheOpinionToTheAdvisorAndClerk_AndNoFormToAnOfficer()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇集镇排水改造");
        (await clerk.SendAsync($"{DecisionsApi.Base}/{id}/legality-review-request", new { })).Ok();
        var page = $"/workspace/decisions/{id}";
        var opinion = $"{page}/legality-review/opinion";

        var asAdvisor = FormActions(await new HtmlParser().ParseDocumentAsync(await (await app.ClientForAsync("xiaojiang.advisor")).GetStringAsync(page)));
        var asLeader = FormActions(await new HtmlParser().ParseDocumentAsync(await (await app.ClientForAsync("xiaojiang.leader")).GetStringAsync(page)));
        var asClerk = FormActions(await new HtmlParser().ParseDocumentAsync(await clerk.GetStringAsync(page)));
        var asOfficer = FormActions(await new HtmlParser().ParseDocumentAsync(await (await app.ClientForAsync("xiaojiang.officer")).GetStringAsync(page)));

        // 第28条: the advisor gives the opinion; the clerk may enter a county body's; the leader, who decides, does not.
        asAdvisor.ShouldContain(opinion);
        asAdvisor.ShouldNotContain($"{page}/public-comment");
        asClerk.ShouldContain(opinion);
        asClerk.ShouldContain($"{page}/public-comment");
        asLeader.ShouldNotContain(opinion);
        asLeader.ShouldContain($"{page}/public-comment");
        asOfficer.ShouldBeEmpty();
    }

    [Fact]
    public async Task OpenPublicCommentPage_OnSuccess_RedirectsToTheDecisionSayingWhatComesNext()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇农村公路养护办法");

        var response = await PostFormAsync(clerk, $"/workspace/decisions/{id}/public-comment", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/workspace/decisions/{id}");
        var page = await clerk.GetStringAsync($"/workspace/decisions/{id}");
        page.ShouldContain("已在门户公开征求意见");
        page.ShouldContain("阶段：<span class=\"badge text-bg-secondary\">公众参与</span>");
    }

    [Fact]
    public async Task OpenPublicCommentPage_ShorterThan30DaysWithoutReason_IsRefusedBesideTheReasonField()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇集镇绿化管护办法");

        var response = await PostFormAsync(clerk, $"/workspace/decisions/{id}/public-comment", new() { ["Days"] = "20" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await HtmlAsync(response);
        html.QuerySelector("span.field-error[data-valmsg-for='ShortenedReason']")!.TextContent.ShouldContain("第十五条");
        html.QuerySelector("input[name='Days']")!.GetAttribute("value").ShouldBe("20");
        (await clerk.ReadJsonAsync($"{DecisionsApi.Base}/{id}")).GetProperty("consultationId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task RiskAssessmentPage_WithSpareBlankRows_RecordsOnlyTheFilledPoints()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇集镇夜市设置");
        var path = $"/workspace/decisions/{id}/risk-assessment";
        var fields = new Dictionary<string, string>
        {
            ["Assessor"] = "镇综治中心", ["Level"] = "Medium", ["Mitigation"] = "错峰经营，安排巡查。",
            ["Points[0].Category"] = "公共安全", ["Points[0].Description"] = "夜间人流密集引发踩踏", ["Points[0].Likelihood"] = "2", ["Points[0].Impact"] = "4",
            ["Points[0].Mitigation"] = "设置疏散通道",
            ["Points[1].Category"] = "", ["Points[1].Description"] = "", ["Points[1].Likelihood"] = "", ["Points[1].Impact"] = "", ["Points[1].Mitigation"] = "",
            ["Points[2].Category"] = "社会稳定", ["Points[2].Description"] = "噪声扰民引发投诉", ["Points[2].Likelihood"] = "3", ["Points[2].Impact"] = "",
            ["Points[2].Mitigation"] = "22时前收市",
        };

        // A half-filled row is named beside its field; the blank spare row is not a row at all.
        var incomplete = await PostFormAsync(clerk, path, new(fields));
        incomplete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await HtmlAsync(incomplete);
        html.QuerySelector("span.field-error[data-valmsg-for='Points[2].Impact']")!.TextContent.ShouldBe("请选择影响程度。");
        html.QuerySelector("span.field-error[data-valmsg-for='Points[1].Category']")!.TextContent.ShouldBeEmpty();
        html.QuerySelector("textarea[name='Points[2].Description']")!.TextContent.ShouldBe("噪声扰民引发投诉");

        fields["Points[2].Impact"] = "3";
        (await PostFormAsync(clerk, path, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var points = (await clerk.ReadJsonAsync($"{DecisionsApi.Base}/{id}")).GetProperty("riskPoints");
        points.GetArrayLength().ShouldBe(2);
        points[0].GetProperty("score").GetInt32().ShouldBe(8);
        points[1].GetProperty("description").GetString().ShouldBe("噪声扰民引发投诉");
    }

    [Fact]
    public async Task StepsOnAPartThatDoesNotExist_AreNotFound_OnPageAndApi()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇集镇亮化工程");
        var missing = Guid.NewGuid();

        (await clerk.SendAsync($"{DecisionsApi.Base}/{id}/hearings/{missing}/notice", new { on = "2026-11-23" })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.SendAsync($"{DecisionsApi.Base}/{id}/hearings/{missing}/record", new { record = "笔录", participantsSigned = true })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.SendAsync($"{DecisionsApi.Base}/{id}/milestones/{missing}/completion", new { note = "完成。" })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.SendAsync($"{DecisionsApi.Base}/{id}/evaluations/{missing}/completion", new { conclusion = 1, report = "报告。" })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/workspace/decisions/{id}/hearings/{missing}/notice")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostFormAsync(clerk, $"/workspace/decisions/{id}/milestones/{missing}/completion", new() { ["Note"] = "完成。" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostFormAsync(clerk, $"/workspace/decisions/{Guid.NewGuid()}/public-comment", [])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ArchiveFilePage_WithoutAFile_AsksForOneBesideTheField()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇集镇停车收费");
        var path = $"/workspace/decisions/{id}/archive/files/new";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await FazhiApp.AntiforgeryTokenAsync(clerk, path)), "__RequestVerificationToken" },
            { new StringContent("风险评估报告"), "Purpose" },
        };

        var response = await clerk.PostAsync(path, form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await HtmlAsync(response);
        html.QuerySelector("span.field-error[data-valmsg-for='file']")!.TextContent.ShouldBe("请选择文件。");
        html.QuerySelector("input[name='Purpose']")!.GetAttribute("value").ShouldBe("风险评估报告");
    }

    [Fact]
    public async Task CollectiveMatter_RegisteredAndDecidedThroughItsPages_ShowsTheViewsInSpeakingOrder()
    {
        var leader = await app.ClientForAsync("xiaojiang.leader");

        var registered = await PostFormAsync(leader, "/workspace/decisions/collective-matters/new", new()
        {
            ["Category"] = "MajorProject", ["Topic"] = "小江镇敬老院改扩建项目", ["Proposer"] = "副镇长", ["Background"] = "床位不足。", ["Amount"] = "1500000",
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var matterPage = registered.Headers.Location!.OriginalString;

        var decided = await PostFormAsync(leader, $"{matterPage}/meeting", new()
        {
            ["MeetingName"] = "党政班子联席会议", ["HeldOn"] = "2026-11-23", ["Chair"] = "镇长", ["Attendees"] = "党政班子成员", ["Minutes"] = "同意实施。", ["Outcome"] = "Adopt",
            ["Views[0].Member"] = "周海燕", ["Views[0].Post"] = "副镇长", ["Views[0].Position"] = "AgreeWithChanges", ["Views[0].View"] = "建议分期实施。",
            ["Views[1].Member"] = "", ["Views[1].Post"] = "", ["Views[1].View"] = "",
            ["Views[2].Member"] = "陈立新", ["Views[2].Post"] = "镇长", ["Views[2].Position"] = "Agree", ["Views[2].View"] = "同意。", ["Views[2].IsHead"] = "true",
        });

        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await new HtmlParser().ParseDocumentAsync(await leader.GetStringAsync(matterPage));
        html.QuerySelectorAll("ol li").Select(li => li.TextContent).ShouldBe(["周海燕（副镇长）：原则同意并提出修改意见。建议分期实施。", "陈立新（镇长，末位表态）：同意。同意。"]);
        // Decided: the meeting form is gone.
        FormActions(html).ShouldNotContain($"{matterPage}/meeting");
    }
}
