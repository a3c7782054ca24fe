using System.Net;
using System.Net.Http.Json;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Decisions;

/// <summary>
/// Opinions gathered outside the portal (小江镇 takes them through 信访, 12345 and the official account; 国务院令第713号第十四条
/// allows any means) go into the shared consultation: they count in the decision figures and appear in the published
/// feedback by channel, with the submitter masked and no contact.
/// </summary>
public sealed class OpinionChannelTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Caller = "张建华";
    private const string CallerPhone = "13900002222";
    private static readonly string[] ChannelCounts = ["门户网站:1/0", "12345热线:1/1", "微信公众号:1/0"];

    [Fact]
    public async Task OpinionFrom12345_CountsInTheFigures_AndAppearsInThePublishedFeedbackWithoutPersonalInfo()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var before = await clerk.ReadJsonAsync($"{DecisionsApi.Base}/figures/2026");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇集镇公共停车场建设");
        var consultationId = (await clerk.SendAsync($"{DecisionsApi.Base}/{id}/public-comment", new { })).Ok().GetProperty("consultationId").GetGuid();
        var opinions = $"/api/workspace/consultations/{consultationId}/opinions";

        // A citizen on the portal, anonymously.
        (await app.Anonymous().PostAsJsonAsync($"/api/consultations/{consultationId}/comments", new { article = 2, content = "建议夜间免费开放。" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        // Staff record what came in by other channels; the portal's own channel and impossible dates are refused.
        (await clerk.SendAsync(opinions, new { channel = 1, receivedOn = "2026-11-23", summary = "代录门户意见。" })).Refused("consultation.opinion.portal-channel");
        (await clerk.SendAsync(opinions, new { channel = 3, receivedOn = "2026-11-20", summary = "征求意见前的来电。" })).Refused("consultation.opinion.received-date-invalid");
        (await clerk.SendAsync(opinions, new { channel = 3, receivedOn = "2026-11-30", summary = "将来的来电。" })).Refused("consultation.opinion.received-date-invalid");
        (await clerk.SendAsync(opinions, new { channel = 3, receivedOn = "2026-11-23", article = 9, summary = "第九条。" })).Refused("consultation.comment.no-such-article");
        (await clerk.SendAsync(opinions, new { channel = 3, receivedOn = "2026-11-23" })).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await clerk.SendAsync(opinions, new { channel = 3, receivedOn = "2026-11-23", article = 1, summary = "来电建议增设电动车充电桩。", submitterName = Caller, contact = CallerPhone }))
            .Status.ShouldBe(HttpStatusCode.Created);
        (await clerk.SendAsync(opinions, new { channel = 4, receivedOn = "2026-11-23", summary = "公众号留言：希望尽快开工，联系电话13900003333。" })).Status.ShouldBe(HttpStatusCode.Created);

        // Staff see every opinion with its channel and the caller's details.
        var comments = await clerk.ReadJsonAsync($"/api/workspace/consultations/{consultationId}/comments");
        comments.GetArrayLength().ShouldBe(3);
        var call = comments.EnumerateArray().Single(c => c.GetProperty("channel").GetInt32() == 3);
        call.GetProperty("commenterName").GetString().ShouldBe(Caller);
        call.GetProperty("contact").GetString().ShouldBe(CallerPhone);
        call.GetProperty("receivedOn").GetString().ShouldBe("2026-11-23");

        // Every opinion answered, whatever its channel; the 12345 call is adopted.
        foreach (var c in comments.EnumerateArray())
        {
            var adopted = c.GetProperty("channel").GetInt32() == 3;
            (await clerk.PostAsJsonAsync($"/api/workspace/consultations/comments/{c.GetProperty("id").GetGuid()}/decision",
                new { adopted, reason = adopted ? "已增加充电设施。" : "不具备实施条件。" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        app.AdvanceClockTo(new DateOnly(2026, 12, 24));
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await clerk.SendAsync($"/api/workspace/consultations/{consultationId}/summary")).Ok();
        // Once the feedback is published, nothing more is recorded.
        (await clerk.SendAsync(opinions, new { channel = 2, receivedOn = "2026-12-24", summary = "迟到的信访意见。" })).Refused("consultation.summary.already-published");

        // The figures count all three opinions, and the adopted call.
        var after = await clerk.ReadJsonAsync($"{DecisionsApi.Base}/figures/2026");
        after.GetProperty("commentsReceived").GetInt32().ShouldBe(before.GetProperty("commentsReceived").GetInt32() + 3);
        after.GetProperty("commentsAdopted").GetInt32().ShouldBe(before.GetProperty("commentsAdopted").GetInt32() + 1);

        // The public feedback: by channel, the caller masked, no name or phone anywhere.
        var visitor = app.Anonymous();
        var publicJson = await visitor.GetStringAsync($"/api/consultations/{consultationId}");
        publicJson.ShouldNotContain(Caller);
        publicJson.ShouldNotContain(CallerPhone);
        // A phone number written into the opinion itself is masked in the published feedback too.
        publicJson.ShouldNotContain("13900003333");
        publicJson.ShouldContain("139****3333");
        var summary = await visitor.ReadJsonAsync($"/api/consultations/{consultationId}");
        var line = summary.GetProperty("summary").EnumerateArray().Single(l => l.GetProperty("channel").GetString() == "12345热线");
        line.GetProperty("submitter").GetString().ShouldBe("张某某");
        line.GetProperty("answer").GetString().ShouldBe("采纳");
        line.GetProperty("target").GetString().ShouldBe("第一条");
        summary.GetProperty("byChannel").EnumerateArray().Select(c => $"{c.GetProperty("channel").GetString()}:{c.GetProperty("received").GetInt32()}/{c.GetProperty("adopted").GetInt32()}")
            .ShouldBe(ChannelCounts);

        var page = await visitor.GetStringAsync($"/t/990100101000/consultations/{consultationId}");
        page.ShouldContain("12345热线 1 条（采纳 1 条）");
        page.ShouldContain("来电建议增设电动车充电桩。");
        page.ShouldNotContain(Caller);
        page.ShouldNotContain(CallerPhone);
    }

    [Fact]
    public async Task RecordOpinion_ThroughTheWorkspacePage_WithoutChannel_ShowsTheErrorNextToTheField()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇集镇绿化提升");
        var consultationId = (await clerk.SendAsync($"{DecisionsApi.Base}/{id}/public-comment", new { })).Ok().GetProperty("consultationId").GetGuid();
        var path = $"/workspace/consultations/{consultationId}";
        // The other test of this class may have moved the clock on: the opinion came in today.
        var today = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, path);
        var response = await clerk.PostAsync($"{path}?handler=Opinion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["receivedOn"] = today,
            ["summary"] = "座谈会上村民提出增加绿地。",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("请选择意见来源渠道。");

        token = await FazhiApp.AntiforgeryTokenAsync(clerk, path);
        response = await clerk.PostAsync($"{path}?handler=Opinion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["channel"] = "Symposium",
            ["receivedOn"] = today,
            ["summary"] = "座谈会上村民提出增加绿地。",
            ["submitterName"] = "李四",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await clerk.GetStringAsync(path);
        html.ShouldContain("座谈会");
        html.ShouldContain("座谈会上村民提出增加绿地。");
    }
}
