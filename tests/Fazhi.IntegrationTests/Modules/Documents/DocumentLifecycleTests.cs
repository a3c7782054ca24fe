using System.Net;
using System.Text.RegularExpressions;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Documents;

public sealed class DocumentLifecycleTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string XiaojiangCode = "990100101000";

    [Fact]
    public async Task WholeLifecycle_FromDraftToCountyAcceptance_IsRecordedStepByStep()
    {
        app.SetDate(new DateOnly(2026, 9, 1));
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DraftAsync(clerk, "小江镇农村建房管理办法", obligations: true);

        // Public comment is required (adds obligations); reviewing first is refused.
        (await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = "xiaojiang.advisor" }))
            .ShouldBeRefusedWith("documents.legality-review.public-comment-missing");
        var (status, consultation) = await clerk.PostAsync($"/api/workspace/documents/{id}/public-comment");
        status.ShouldBe(HttpStatusCode.OK, consultation.ToString());
        var consultationId = consultation.GetProperty("id").GetGuid();
        // 7 working days from Tue 2026-09-01: 2,3,4,7,8,9,10 September.
        consultation.GetProperty("closesOn").GetString().ShouldBe("2026-09-10");

        var visitor = app.Anonymous();
        (await visitor.PostAsync($"/api/consultations/{consultationId}/comments", new { article = 3, content = "建议明确一户一宅的认定标准。", name = "张三", contact = "13800000000" })).ShouldBeOk(HttpStatusCode.Created);
        (await visitor.PostAsync($"/api/consultations/{consultationId}/comments", new { article = 9, content = "没有这一条" }))
            .ShouldBeRefusedWith("consultation.comment.no-such-article");

        var comments = await clerk.GetJsonAsync($"/api/workspace/consultations/{consultationId}/comments");
        comments.GetArrayLength().ShouldBe(1);
        comments[0].GetProperty("contact").GetString().ShouldBe("13800000000");
        var commentId = comments[0].GetProperty("id").GetGuid();
        (await clerk.PostAsync($"/api/workspace/consultations/{consultationId}/summary")).ShouldBeRefusedWith("consultation.summary.period-not-ended");
        (await clerk.PostAsync($"/api/workspace/consultations/comments/{commentId}/decision", new { adopted = true, reason = "已在第三条中补充认定标准。" })).ShouldBeOk(HttpStatusCode.NoContent);

        app.SetDate(new DateOnly(2026, 9, 11));
        // Sessions last 8 hours (AuthModule): ten days later the clerk signs in again, as a real clerk would.
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await clerk.PostAsync($"/api/workspace/consultations/{consultationId}/summary")).ShouldBeOk(HttpStatusCode.OK);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/public-comment/complete")).ShouldBeOk(HttpStatusCode.NoContent);
        var summary = await visitor.GetJsonAsync($"/api/consultations/{consultationId}");
        summary.GetProperty("summary")[0].GetProperty("answer").GetString().ShouldBe("采纳");
        summary.ToString().ShouldNotContain("13800000000");
        summary.ToString().ShouldNotContain("张三");

        // Adopt the comment in a second version.
        var (saved, version) = await clerk.PostAsync($"/api/workspace/documents/{id}/versions", new
        {
            title = "小江镇农村建房管理办法",
            body = DocumentsApi.Body.Replace("一户只能拥有一处宅基地。", "一户只能拥有一处宅基地，户的认定以户籍登记为准。", StringComparison.Ordinal),
            explanation = "采纳公众意见，补充一户的认定。",
            obligations = true,
        });
        saved.ShouldBe(HttpStatusCode.OK, version.ToString());
        version.GetProperty("version").GetInt32().ShouldBe(2);

        (await clerk.PostAsync($"/api/workspace/documents/{id}/deliberation", new { meetingDate = "2026-09-20", attendees = "全体班子成员", decision = 1, minutes = "通过" }))
            .ShouldBeRefusedWith("documents.deliberation.review-not-passed");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = "xiaojiang.advisor", workingDays = 20 }))
            .ShouldBeRefusedWith("documents.legality-review.period-out-of-range");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = "xiaojiang.advisor" })).ShouldBeOk(HttpStatusCode.OK);

        var detail = await clerk.GetJsonAsync($"/api/workspace/documents/{id}");
        detail.GetProperty("statusLabel").GetString().ShouldBe("合法性审核中");
        var flags = detail.GetProperty("flags").EnumerateArray().ToList();
        flags.ShouldContain(f => f.GetProperty("term").GetString() == "罚款" && f.GetProperty("article").GetInt32() == 4);
        // 7 working days from Fri 11 September: 14–18 September and Sun 20 September (调休 before 中秋/国庆), then 21 September.
        detail.GetProperty("deadlines").EnumerateArray().ShouldContain(d => d.GetProperty("ruleCode").GetString() == "documents.legality-review" && d.GetProperty("dueDate").GetString() == "2026-09-21", detail.GetProperty("deadlines").ToString());

        // The clerk is not the assigned reviewer.
        (await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review/opinion", new { opinion = 1, reasons = "合法" }))
            .ShouldBeRefusedWith("documents.legality-review.not-assigned-reviewer");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        (await advisor.PostAsync($"/api/workspace/documents/{id}/legality-review/opinion", new { opinion = 2, reasons = "第四条设定罚款超越权限，删除后合法。" })).ShouldBeOk(HttpStatusCode.OK);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/deliberation", new { meetingDate = "2026-09-24", attendees = "镇长、副镇长、党政办主任、司法所所长", decision = 1, dissentingViews = "无", minutes = "会议一致同意印发。" })).ShouldBeOk(HttpStatusCode.OK);

        (await DocumentsApi.PublishAsync(clerk, id)).ShouldBeRefusedWith("documents.publication.not-deliberated-or-numbered");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/filing")).ShouldBeRefusedWith("documents.filing.not-published");

        var (registered, registration) = await clerk.PostAsync($"/api/workspace/documents/{id}/registration");
        registered.ShouldBe(HttpStatusCode.OK, registration.ToString());
        var number = registration.GetProperty("documentNumber").GetString()!;
        number.ShouldMatch("^小江府规〔2026〕[0-9]+号$");

        (await clerk.PostAsync($"/api/workspace/documents/{id}/versions", new { title = "小江镇农村建房管理办法", body = "第一条 改动", explanation = "" }))
            .ShouldBeRefusedWith("documents.drafting.signed-version-locked");
        // Who signs is the step's permission rule: refused with 403 and the rule's code before anything is read (ADR 0010).
        var notLeader = await clerk.PostAsync($"/api/workspace/documents/{id}/signatures", new { role = 1 });
        notLeader.Status.ShouldBe(HttpStatusCode.Forbidden, notLeader.Json.ToString());
        notLeader.Json.GetProperty("code").GetString().ShouldBe("documents.signing.not-leader");

        app.SetDate(new DateOnly(2026, 9, 25));
        await DocumentsApi.SignBothAsync(app, id);
        app.SetDate(new DateOnly(2026, 9, 29));
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await DocumentsApi.PublishAsync(clerk, id)).ShouldBeOk(HttpStatusCode.OK);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/filing")).ShouldBeOk(HttpStatusCode.OK);

        var county = await app.ClientForAsync("county.reviewer");
        var inbox = await county.GetJsonAsync("/api/county/filings?pending=true");
        var filing = inbox.EnumerateArray().Single(f => f.GetProperty("documentId").GetGuid() == id);
        filing.GetProperty("documentNumber").GetString().ShouldBe(number);
        filing.GetProperty("township").GetString().ShouldBe("小江镇");
        var (decided, outcome) = await county.PostAsync($"/api/county/filings/{filing.GetProperty("id").GetGuid()}/decision", new { accept = true, reasons = "制定主体、程序合法，准予备案。" });
        decided.ShouldBe(HttpStatusCode.OK, outcome.ToString());
        (await county.PostAsync($"/api/county/filings/{filing.GetProperty("id").GetGuid()}/decision", new { accept = false, reasons = "再审" }))
            .ShouldBeRefusedWith("documents.filing-review.already-decided");

        var final = await clerk.GetJsonAsync($"/api/workspace/documents/{id}");
        final.GetProperty("statusLabel").GetString().ShouldBe("已报备案");
        final.GetProperty("latestFilingOutcome").GetString().ShouldBe("准予备案");
        final.GetProperty("inChargeSigner").GetString().ShouldBe("小江镇分管领导");
        final.GetProperty("signedVersion").GetInt32().ShouldBe(2);
        final.GetProperty("validUntil").GetString().ShouldBe("2031-10-14");
        final.GetProperty("history").GetArrayLength().ShouldBeGreaterThan(8);

        // The public library shows the signed text with its metadata.
        var page = await visitor.GetStringAsync($"/t/{XiaojiangCode}/documents/{id}");
        page.ShouldContain(number);
        page.ShouldContain("户的认定以户籍登记为准");
        page.ShouldContain("建议明确一户一宅的认定标准");
        page.ShouldNotContain("13800000000");
        page.ShouldNotContain("删除后合法");
        var list = await visitor.GetStringAsync($"/t/{XiaojiangCode}/documents?q={Uri.EscapeDataString("户籍登记")}");
        list.ShouldContain("小江镇农村建房管理办法");
    }

    [Fact]
    public async Task PublicationDeadline_WhenSignedBeforeNationalDay_SkipsHolidaysAndCountsMakeupSaturday()
    {
        app.SetDate(new DateOnly(2026, 9, 28));
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", "小江镇集镇环境卫生管理办法");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk(HttpStatusCode.OK);
        app.SetDate(new DateOnly(2026, 9, 29));
        await DocumentsApi.SignBothAsync(app, id);
        clerk = await app.ClientForAsync("xiaojiang.clerk");

        var detail = await clerk.GetJsonAsync($"/api/workspace/documents/{id}");
        var publication = detail.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("ruleCode").GetString() == "documents.publication");
        // Signed Tue 29 Sep: working days 30 Sep, 8 Oct, 9 Oct, Sat 10 Oct (调休), 12 Oct; 1–7 Oct are 国庆节 holidays.
        publication.GetProperty("dueDate").GetString().ShouldBe("2026-10-12");

        app.SetDate(new DateOnly(2026, 10, 12));
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await DocumentsApi.PublishAsync(clerk, id)).ShouldBeOk(HttpStatusCode.OK);
        var after = await clerk.GetJsonAsync($"/api/workspace/documents/{id}");
        after.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("ruleCode").GetString() == "documents.publication")
            .GetProperty("metOn").GetString().ShouldBe("2026-10-12");
    }

    [Fact]
    public async Task CountyCorrection_ReopensDocument_ForNewDraftAndReview()
    {
        app.SetDate(new DateOnly(2026, 9, 28));
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", "小江镇门前三包责任制管理办法");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/amendment", new { reason = "自行修改" })).ShouldBeRefusedWith("documents.amendment.not-ordered");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk(HttpStatusCode.OK);
        await DocumentsApi.SignBothAsync(app, id);
        (await DocumentsApi.PublishAsync(clerk, id)).ShouldBeOk(HttpStatusCode.OK);
        var filingId = (await clerk.PostAsync($"/api/workspace/documents/{id}/filing")).Json.GetGuid();

        var county = await app.ClientForAsync("county.reviewer");
        (await county.PostAsync($"/api/county/filings/{filingId}/decision", new { accept = false, reasons = "第四条设定罚款，违反行政处罚法第十六条，责令纠正。" })).ShouldBeOk(HttpStatusCode.OK);

        var detail = await clerk.GetJsonAsync($"/api/workspace/documents/{id}");
        detail.GetProperty("latestFilingOutcome").GetString().ShouldBe("责令纠正");
        (await clerk.PostAsync($"/api/workspace/documents/{id}/amendment", new { reason = "按县司法局备案审查意见删除第四条罚款规定" })).ShouldBeOk(HttpStatusCode.NoContent);
        var (saved, _) = await clerk.PostAsync($"/api/workspace/documents/{id}/versions", new { title = "小江镇门前三包责任制管理办法", body = DocumentsApi.Body.Replace("并处五千元罚款", "依法处理", StringComparison.Ordinal), explanation = "按备案审查意见修改" });
        saved.ShouldBe(HttpStatusCode.OK);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/deliberation", new { meetingDate = "2026-10-20", attendees = "班子成员", decision = 1, minutes = "通过" }))
            .ShouldBeRefusedWith("documents.deliberation.review-not-passed");

        // The number stays; the portal still shows the text in force until the amended version is published.
        var page = await app.Anonymous().GetStringAsync($"/t/{XiaojiangCode}/documents/{id}");
        page.ShouldContain("并处五千元罚款");
        Regex.IsMatch(detail.GetProperty("documentNumber").GetString()!, "^小江府规〔2026〕[0-9]+号$").ShouldBeTrue();
    }
}
