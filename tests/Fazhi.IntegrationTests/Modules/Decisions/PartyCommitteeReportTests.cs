using System.Net;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Decisions;

/// <summary>
/// 国务院令第713号第三十一条 through HTTP: "重大行政决策出台前应当按照规定向同级党委请示报告". A decision marked for report
/// is not published until the committee's agreement is recorded; the report and reply are kept with the decision.
/// </summary>
public sealed class PartyCommitteeReportTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Publication_WhenReportToPartyCommitteeRequired_IsRefusedUntilTheCommitteeAgrees()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await clerk.SendAsync(DecisionsApi.Base, new
        {
            title = "小江镇集镇供水管网改造",
            category = 4,
            owner = "镇村镇建设服务中心",
            proposer = "镇党委",
            background = "管网老化，漏损严重。",
            draftText = DecisionsApi.Draft,
            reportToPartyCommittee = true,
        })).Ok(HttpStatusCode.Created).GetProperty("id").GetGuid();
        var url = $"{DecisionsApi.Base}/{id}";
        (await clerk.ReadJsonAsync(url)).GetProperty("partyCommittee").GetProperty("required").GetBoolean().ShouldBeTrue();

        // A decision initiated without the mark can be marked later, before it is published.
        var other = await DecisionsApi.InitiateAsync(clerk, "小江镇集镇路灯改造");
        (await clerk.ReadJsonAsync($"{DecisionsApi.Base}/{other}")).GetProperty("partyCommittee").GetProperty("required").GetBoolean().ShouldBeFalse();
        (await clerk.SendAsync($"{DecisionsApi.Base}/{other}/party-committee-requirement", new { required = true })).Ok()
            .GetProperty("partyCommittee").GetProperty("required").GetBoolean().ShouldBeTrue();

        (await clerk.SendAsync($"{url}/public-comment", new { })).Ok();
        (await clerk.SendAsync($"{url}/risk-assessment", DecisionsApi.Risk(withPlan: true))).Ok();
        (await clerk.SendAsync($"{url}/legality-review-request", new { })).Ok();

        app.AdvanceClockTo(new DateOnly(2026, 12, 24));
        clerk = await app.ClientForAsync("xiaojiang.clerk");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        (await advisor.SendAsync($"{url}/legality-review", new { opinion = 1, opinionText = "内容合法，同意提交集体讨论。" })).Ok();
        (await clerk.SendAsync($"{url}/collective-decision", DecisionsApi.Meeting("2026-12-24"))).Ok();
        var publication = new { documentNumber = "小政发〔2026〕31号", text = "决定。", interpretation = "公众意见已采纳。" };

        // No reply on record: refused, citing 第三十一条.
        (await clerk.SendAsync($"{url}/publication", publication)).Refused("decisions.publication.party-committee-reply-missing");
        var refused = await clerk.SendAsync($"{url}/publication", publication);
        refused.Json.GetProperty("detail").GetString()!.ShouldContain("国务院令第713号第三十一条");

        // A reply needs a report first, and cannot predate it.
        (await clerk.SendAsync($"{url}/party-committee-reply", new { agreed = true, reply = "同意。" })).Refused("decisions.party-committee.not-reported");
        var reported = (await clerk.SendAsync($"{url}/party-committee-report", new { committee = "中共小江镇委员会", matter = "关于集镇供水管网改造的请示" })).Ok();
        reported.GetProperty("partyCommittee").GetProperty("reportedOn").GetString().ShouldBe("2026-12-24");
        (await clerk.SendAsync($"{url}/party-committee-reply", new { agreed = true, reply = "同意。", repliedOn = "2026-12-20" })).Refused("decisions.party-committee.reply-before-report");

        // The committee does not agree: still refused.
        (await clerk.SendAsync($"{url}/party-committee-reply", new { agreed = false, reply = "资金来源尚不明确，暂缓出台。" })).Ok();
        (await clerk.SendAsync($"{url}/publication", publication)).Refused("decisions.publication.party-committee-not-agreed");

        // Reported again and agreed: published, and the record is fixed from then on.
        (await clerk.SendAsync($"{url}/party-committee-report", new { committee = "中共小江镇委员会", matter = "关于集镇供水管网改造的再次请示（已明确资金来源）" })).Ok();
        var agreed = (await clerk.SendAsync($"{url}/party-committee-reply", new { agreed = true, reply = "经镇党委会议研究，同意出台。" })).Ok().GetProperty("partyCommittee");
        agreed.GetProperty("agreed").GetBoolean().ShouldBeTrue();
        agreed.GetProperty("reply").GetString().ShouldBe("经镇党委会议研究，同意出台。");
        (await clerk.SendAsync($"{url}/publication", publication)).Ok().GetProperty("stageLabel").GetString().ShouldBe("已公布");
        (await clerk.SendAsync($"{url}/party-committee-requirement", new { required = false })).Refused("decisions.party-committee.after-publication");

        // The report and the reply are part of the decision's archive (第三十三条).
        var archive = await ArchiveZip.ReadAsync(clerk, $"{url}/archive.zip");
        var record = System.Text.Encoding.UTF8.GetString(archive.Files.Single(f => f.Key.Contains("向同级党委请示报告", StringComparison.Ordinal)).Value);
        record.ShouldContain("中共小江镇委员会");
        record.ShouldContain("同意。经镇党委会议研究，同意出台。");
    }

    [Fact]
    public async Task PartyCommitteeReport_WhenRequestIncomplete_IsAValidationProblem()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DecisionsApi.InitiateAsync(clerk, "小江镇农贸市场收费调整");
        var result = await clerk.SendAsync($"{DecisionsApi.Base}/{id}/party-committee-report", new { committee = "", matter = "" });
        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.Json.ToString().ShouldContain("请填写请示报告的党委");
        (await clerk.SendAsync($"{DecisionsApi.Base}/{id}/party-committee-reply", new { reply = "同意。" })).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PartyReplyForm_WithAFileTheStoreRefuses_RecordsNeitherTheReplyNorTheFile()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await clerk.SendAsync(DecisionsApi.Base, new
        {
            title = "小江镇中心小学周边交通整治",
            category = 4,
            owner = "镇综合执法办",
            proposer = "镇党委",
            background = "上下学时段拥堵。",
            draftText = DecisionsApi.Draft,
            reportToPartyCommittee = true,
        })).Ok(HttpStatusCode.Created).GetProperty("id").GetGuid();
        (await clerk.SendAsync($"{DecisionsApi.Base}/{id}/party-committee-report", new { committee = "中共小江镇委员会", matter = "关于中心小学周边交通整治的请示" })).Ok();
        var path = $"/workspace/decisions/{id}/party-committee/reply";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await FazhiApp.AntiforgeryTokenAsync(clerk, path)), "__RequestVerificationToken" },
            { new StringContent("true"), "Agreed" },
            { new StringContent("同意。"), "Reply" },
        };
        // Named as a PDF but not one: the attachment store refuses it by its content.
        form.Add(new ByteArrayContent("这不是PDF文件"u8.ToArray()), "replyFile", "党委批复.pdf");

        var response = await clerk.PostAsync(path, form);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("党委批复.pdf");
        var decision = await clerk.ReadJsonAsync($"{DecisionsApi.Base}/{id}");
        decision.GetProperty("partyCommittee").GetProperty("agreed").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await clerk.ReadJsonAsync($"/api/workspace/attachments?ownerId={id}")).GetArrayLength().ShouldBe(0);
    }
}
