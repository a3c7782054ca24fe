using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Documents;
using Fazhi.IntegrationTests.Modules.Enforcement;
using Fazhi.IntegrationTests.Platform.Tenancy;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.WaitingWork;

/// <summary>
/// 待我办理 on the workspace home (ADR 0027): each person sees what waits on their role, leader post and own
/// assignments, with the count beside 工作台; the 分管领导 signs a normative document before the 主要领导.
/// </summary>
public sealed class WaitingWorkTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static async Task<IDocument> HomeAsync(HttpClient client) =>
        await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/workspace"));

    /// <summary>The actions waiting on the home page for records whose title contains <paramref name="subject"/>.</summary>
    private static async Task<List<string>> WaitingAsync(HttpClient client, string subject) =>
    [
        .. (await HomeAsync(client)).QuerySelectorAll(".waiting-item")
            .Where(i => i.QuerySelector(".waiting-subject")!.TextContent.Contains(subject, StringComparison.Ordinal))
            .Select(i => i.QuerySelector(".waiting-action")!.TextContent.Trim()),
    ];

    private static int NavCount(IDocument home) =>
        int.Parse(home.QuerySelector(".navbar .waiting-count")!.FirstChild!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task NormativeDocument_WaitsOnTheLeaderInChargeThenThePrincipalLeader_AndTheWrongLeaderIsRefused()
    {
        const string title = "小江镇集镇容貌管理办法";
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DeliberatedAsync(app, clerk, "xiaojiang", title);
        (await clerk.PostAsync($"/api/workspace/documents/{id}/registration")).ShouldBeOk();
        var deputy = await app.ClientForAsync("xiaojiang.deputy");
        var leader = await app.ClientForAsync("xiaojiang.leader");

        // Registered: the 分管领导's signature waits, counted beside 工作台; nothing yet for the 主要领导.
        (await WaitingAsync(deputy, title)).ShouldBe(["分管领导签发"]);
        var home = await HomeAsync(deputy);
        NavCount(home).ShouldBe(home.QuerySelectorAll(".waiting-item").Length);
        home.QuerySelector(".waiting-item a[href='/workspace/documents/" + id + "']").ShouldNotBeNull();
        (await WaitingAsync(leader, title)).ShouldBeEmpty();

        // The principal leader may not sign first, nor give the other leader's signature.
        (await leader.PostAsync($"/api/workspace/documents/{id}/signatures", new { role = 2 })).ShouldBeRefusedWith("documents.signing.principal-before-in-charge");
        var wrong = await leader.PostAsync($"/api/workspace/documents/{id}/signatures", new { role = 1 });
        wrong.ShouldBeRefusedWith("documents.signing.wrong-leader");
        wrong.Json.GetProperty("detail").GetString()!.ShouldContain("须由登记为分管领导的领导账户办理，您的账户登记为主要领导");

        (await deputy.PostAsync($"/api/workspace/documents/{id}/signatures", new { role = 1 })).ShouldBeOk();
        (await deputy.PostAsync($"/api/workspace/documents/{id}/signatures", new { role = 1 })).ShouldBeRefusedWith("documents.signing.already-signed");
        (await deputy.PostAsync($"/api/workspace/documents/{id}/signatures", new { role = 2 })).ShouldBeRefusedWith("documents.signing.wrong-leader");

        // Now it waits on the 主要领导 and no longer on the 分管领导.
        (await WaitingAsync(deputy, title)).ShouldBeEmpty();
        (await WaitingAsync(leader, title)).ShouldBe(["主要领导签发"]);
        (await leader.PostAsync($"/api/workspace/documents/{id}/signatures", new { role = 2 })).ShouldBeOk();
        (await WaitingAsync(leader, title)).ShouldBeEmpty();

        // Issued: the clerk's next step is publication.
        (await WaitingAsync(clerk, title)).ShouldBe(["公布"]);
    }

    [Fact]
    public async Task LegalityReview_WaitsOnTheAssignedAdvisor_AndTheDraftOnTheClerkBefore()
    {
        const string title = "小江镇农贸市场管理办法";
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await DocumentsApi.DraftAsync(clerk, title);
        var advisor = await app.ClientForAsync("xiaojiang.advisor");

        (await WaitingAsync(clerk, title)).ShouldBe(["送合法性审核"]);
        (await WaitingAsync(advisor, title)).ShouldBeEmpty();

        (await clerk.PostAsync($"/api/workspace/documents/{id}/legality-review", new { reviewerKind = 1, advisorUserName = "xiaojiang.advisor" })).ShouldBeOk();
        (await WaitingAsync(advisor, title)).ShouldBe(["出具合法性审核意见"]);
        (await WaitingAsync(clerk, title)).ShouldBeEmpty();
        // An advisor of another township never sees it.
        (await WaitingAsync(await app.ClientForAsync("taixia.advisor"), title)).ShouldBeEmpty();

        (await advisor.PostAsync($"/api/workspace/documents/{id}/legality-review/opinion", new { opinion = 1, reasons = "制定主体、权限、程序合法。" })).ShouldBeOk();
        (await WaitingAsync(advisor, title)).ShouldBeEmpty();
        (await WaitingAsync(clerk, title)).ShouldBe(["提交集体审议"]);
    }

    [Fact]
    public async Task PenaltyCase_WaitsOnItsOwnOfficerWithTheNextStep_NotOnOtherOfficers()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        // The register links the demo officer account to one officer (Officer.AccountUserName).
        var mine = await app.WithDbAsync(db => db.Set<Officer>().Where(o => o.AccountUserName == "xiaojiang.officer").Select(o => o.Id).SingleAsync());
        var others = (await EnforcementApi.CertifiedOfficersAsync(clerk)).Where(o => o != mine).ToList();
        var power = (await EnforcementApi.PowerAsync(clerk, "占道经营")).GetProperty("id").GetGuid();
        var today = new DateOnly(2026, 11, 23);

        var withMe = (await clerk.SendAsync("/cases", EnforcementApi.NewCase(power, [mine, others[0]], today, partyName: "梁振东", isMajor: false))).ShouldSucceed();
        var withoutMe = (await clerk.SendAsync("/cases", EnforcementApi.NewCase(power, [others[1], others[2]], today, partyName: "罗晓东", isMajor: false))).ShouldSucceed();
        var officer = await app.ClientForAsync("xiaojiang.officer");

        (await WaitingAsync(officer, withMe.GetProperty("caseNumber").GetString()!)).ShouldBe(["调查取证"]);
        (await WaitingAsync(officer, withoutMe.GetProperty("caseNumber").GetString()!)).ShouldBeEmpty();

        var id = withMe.GetProperty("id").GetGuid();
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片 3 张", collectedOn = today })).ShouldSucceed();
        (await WaitingAsync(officer, withMe.GetProperty("caseNumber").GetString()!)).ShouldBe(["事先告知当事人"]);
    }

    [Fact]
    public async Task LeaderPost_IsKeptOnTheAccount_AndTheAdministratorSetsIt()
    {
        (await app.WithDbAsync(db => db.Users.Where(u => u.UserName!.EndsWith(".deputy")).Select(u => u.LeaderPost).Distinct().ToListAsync()))
            .ShouldBe([LeaderPost.InCharge]);
        (await app.WithDbAsync(db => db.Users.Where(u => u.UserName!.EndsWith(".leader")).Select(u => u.LeaderPost).Distinct().ToListAsync()))
            .ShouldBe([LeaderPost.Principal]);

        var admin = await app.ClientForAsync("admin");
        var township = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "xiaojiang.clerk").Select(u => u.TownshipId).SingleAsync());
        var form = new Dictionary<string, string>
        {
            ["Input.UserName"] = "xiaojiang.deputy2",
            ["Input.DisplayName"] = "小江镇分管副镇长",
            ["Input.Position"] = "副镇长",
            ["Input.Roles"] = Roles.Leader,
            ["Input.LeaderPost"] = nameof(LeaderPost.InCharge),
            ["Input.TownshipId"] = township!.Value.ToString(),
            ["Password"] = "Qingshan7river42",
            ["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(admin, "/admin/users/new"),
        };
        (await admin.PostAsync("/admin/users/new", new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "xiaojiang.deputy2").Select(u => u.LeaderPost).SingleAsync())).ShouldBe(LeaderPost.InCharge);

        // The edit page shows the post it holds.
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "xiaojiang.deputy2").Select(u => u.Id).SingleAsync());
        var page = await new HtmlParser().ParseDocumentAsync(await admin.GetStringAsync($"/admin/users/{id}"));
        page.QuerySelector("select[name='Input.LeaderPost'] option[selected]")!.TextContent.ShouldBe("分管领导");

        // The user list shows each leader's post beside the role, so the administrator sees who signs what.
        var list = await new HtmlParser().ParseDocumentAsync(await admin.GetStringAsync("/admin/users?q=xiaojiang."));
        string PostOf(string userName) => list.QuerySelectorAll("tbody tr").Single(tr => tr.Children[0].TextContent.Trim() == userName).QuerySelector(".leader-post")?.TextContent.Trim() ?? "";
        PostOf("xiaojiang.deputy2").ShouldBe("分管领导");
        PostOf("xiaojiang.leader").ShouldBe("主要领导");
        PostOf("xiaojiang.clerk").ShouldBe("");
    }

    /// <summary>Posts JSON and parses the answer; <c>.Ok()</c> checks the status a user would get.</summary>
    private static async Task<Answer> CallAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, string.IsNullOrWhiteSpace(text) ? default : System.Text.Json.JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    private sealed record Answer(HttpStatusCode Status, System.Text.Json.JsonElement Json, string Text)
    {
        public System.Text.Json.JsonElement Ok(HttpStatusCode expected = HttpStatusCode.OK)
        {
            Status.ShouldBe(expected, Text);
            return Json;
        }
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Petition_WaitsOnTheClerkToAcceptThenToAnswer_AndAGeneralMatterOnThePersonItIsRoutedTo()
    {
        const string subject = "反映集镇菜市场排水沟堵塞";
        var today = Taixia.Today(app);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var petition = (await CallAsync(clerk, $"{DisputeRecords.Api}/petitions", new
        {
            source = 1,
            channel = 2,
            category = 6,
            topic = 9,
            subject,
            content = "信访人反映集镇菜市场排水沟长期堵塞，雨天污水漫溢，请求镇政府组织疏通。",
            petitionerName = "龙建华",
            petitionerPhone = "13600136021",
            petitionerAddress = "小江村二组",
            receivedOn = Day(today),
        })).Ok(HttpStatusCode.Created).GetProperty("id").GetGuid();

        (await WaitingAsync(clerk, subject)).ShouldBe(["决定是否受理并书面告知信访人"]);
        (await WaitingAsync(leader, subject)).ShouldBeEmpty();
        (await WaitingAsync(await app.ClientForAsync("taixia.clerk"), subject)).ShouldBeEmpty();
        (await HomeAsync(clerk)).QuerySelector($".waiting-item a[href='/workspace/disputes/petitions/{petition}']").ShouldNotBeNull();

        (await CallAsync(clerk, $"{DisputeRecords.Api}/petitions/{petition}/acceptance", DisputeRecords.AcceptanceBody(app))).Ok();
        (await WaitingAsync(clerk, subject)).ShouldBe(["出具信访处理意见书"]);

        const string matterSubject = "反映村道路灯不亮";
        var matter = DisputeRecords.IdOf((await CallAsync(clerk, $"{DisputeRecords.Api}/matters", DisputeRecords.MatterBody(app, subject: matterSubject))).Ok(HttpStatusCode.Created));
        var officer = await app.ClientForAsync("xiaojiang.officer");
        (await WaitingAsync(clerk, matterSubject)).ShouldBe(["分办群众诉求"]);
        (await WaitingAsync(officer, matterSubject)).ShouldBeEmpty();
        (await CallAsync(clerk, $"{DisputeRecords.Api}/matters/{matter}/assignment", new { office = "综合行政执法办公室", assigneeUserName = "xiaojiang.officer", assignedOn = Day(today) })).Ok();
        (await WaitingAsync(officer, matterSubject)).ShouldBe(["答复群众诉求"]);
        (await WaitingAsync(clerk, matterSubject)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Lawsuit_WaitsOnTheClerkForTheDefence_ThenOnTheLeaderToAppearInCourt()
    {
        const string number = "（2026）示0101行初31号";
        var today = Taixia.Today(app);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var id = (await CallAsync(clerk, "/api/workspace/remedies/cases", new
        {
            kind = 2,
            caseNumber = number,
            claimant = "黄德明",
            challengedAct = "小江镇人民政府限期拆除决定",
            organ = "示范县人民法院",
            aboutDisclosure = false,
            simplified = false,
            copyReceivedOn = Day(today.AddDays(-2)),
        })).Ok().GetProperty("id").GetGuid();

        (await WaitingAsync(clerk, number)).ShouldBe(["提交答辩状和证据"]);
        (await WaitingAsync(leader, number)).ShouldBeEmpty();
        // The defence is due 15 days after the copy was received (行政诉讼法 第67条); the home page shows that date.
        var item = (await HomeAsync(clerk)).QuerySelectorAll(".waiting-item").Single(i => i.TextContent.Contains(number, StringComparison.Ordinal));
        var due = await app.WithDbAsync(db => db.Set<Fazhi.Platform.Deadlines.Deadline>().Where(d => d.SubjectId == id && d.RuleCode == "remedies.answer").Select(d => d.DueDate).SingleAsync());
        item.TextContent.ShouldContain(Day(due));

        (await CallAsync(clerk, $"/api/workspace/remedies/cases/{id}/answer", new { summary = "提交答辩状及证据材料。", on = Day(today) })).Ok();
        (await WaitingAsync(clerk, number)).ShouldBeEmpty();
        (await WaitingAsync(leader, number)).ShouldBe(["负责人出庭应诉"]);

        (await CallAsync(clerk, $"/api/workspace/remedies/cases/{id}/hearing", new { on = Day(today), leaderAppeared = true, appearedBy = "小江镇镇长" })).Ok();
        (await WaitingAsync(leader, number)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ContractReview_WaitsOnTheTownshipsAdvisors_UntilTheOpinion()
    {
        const string title = "小江镇敬老院食堂承包合同";
        var today = Taixia.Today(app);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        var id = (await CallAsync(clerk, "/api/workspace/advisors/reviews", new { title, counterparty = "示范县惠民餐饮管理有限公司", amount = 80000, on = Day(today) })).Ok().GetProperty("id").GetGuid();

        (await WaitingAsync(advisor, title)).ShouldBe(["出具合法性审查意见"]);
        (await WaitingAsync(await app.ClientForAsync("taixia.advisor"), title)).ShouldBeEmpty();
        (await WaitingAsync(clerk, title)).ShouldBeEmpty();

        (await CallAsync(advisor, $"/api/workspace/advisors/reviews/{id}/opinion", new { opinion = 1, text = "主体适格，条款合法，同意签订。", adopted = true, on = Day(today) })).Ok();
        (await WaitingAsync(advisor, title)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ExamHeldWithoutResults_WaitsOnTheClerk_UntilTheResultsAreImported()
    {
        const string held = "小江镇2026年第四季度学法考试";
        const string coming = "小江镇2027年第一季度学法考试";
        var today = Taixia.Today(app);
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await CallAsync(clerk, "/api/workspace/education/exams", new { title = held, heldOn = Day(today.AddDays(-1)) })).Ok();
        (await CallAsync(clerk, "/api/workspace/education/exams", new { title = coming, heldOn = Day(today.AddDays(30)) })).Ok();

        (await WaitingAsync(clerk, held)).ShouldBe(["导入学法考试成绩"]);
        (await WaitingAsync(clerk, coming)).ShouldBeEmpty();
        (await WaitingAsync(await app.ClientForAsync("xiaojiang.leader"), held)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ExtensionRequest_WaitsOnTheLeaders_OneAtATime_AndApprovalExtendsByWhatWasAsked()
    {
        const string subject = "反映集镇排污管道破损（延期申请）";
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var deadline = await Notifications.NotificationScenario.PetitionDeadlineAsync(app, clerk, subject);
        var dueBefore = await app.WithDbAsync(db => db.Set<Fazhi.Platform.Deadlines.Deadline>().Where(d => d.Id == deadline).Select(d => d.DueDate).SingleAsync());

        // An advisor does not ask for extensions of the township's periods; a leader extends directly instead.
        (await CallAsync(await app.ClientForAsync("xiaojiang.advisor"), $"/api/workspace/deadlines/{deadline}/extension-requests", new { days = 5, reason = "需补充材料。" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await CallAsync(clerk, $"/api/workspace/deadlines/{deadline}/extension-requests", new { days = 5, reason = "信访人外出务工，需补充调查。" })).Ok();
        var again = await CallAsync(clerk, $"/api/workspace/deadlines/{deadline}/extension-requests", new { days = 3, reason = "再次申请。" });
        again.Status.ShouldBe(HttpStatusCode.Conflict);
        again.Json.GetProperty("detail").GetString()!.ShouldContain("已有一份延期申请等待领导审批");
        // The page refuses the same step with the same rule: 409, the form shown again with the message.
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, $"/workspace/deadlines/{deadline}");
        var againOnPage = await clerk.PostAsync($"/workspace/deadlines/{deadline}?handler=Request", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Days"] = "3",
            ["Input.Reason"] = "再次申请。",
        }));
        againOnPage.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await againOnPage.Content.ReadAsStringAsync()).ShouldContain("已有一份延期申请等待领导审批");

        (await WaitingAsync(leader, subject)).ShouldBe(["审批延期申请"]);
        (await WaitingAsync(await app.ClientForAsync("xiaojiang.deputy"), subject)).ShouldBe(["审批延期申请"]);
        (await WaitingAsync(await app.ClientForAsync("taixia.leader"), subject)).ShouldBeEmpty();
        (await WaitingAsync(clerk, subject)).ShouldNotContain("审批延期申请");
        var page = await new HtmlParser().ParseDocumentAsync(await leader.GetStringAsync($"/workspace/deadlines/{deadline}"));
        page.QuerySelector(".extension-request")!.TextContent.ShouldContain("信访人外出务工，需补充调查。");

        // The clerk may not approve their own request.
        (await CallAsync(clerk, $"/api/workspace/deadlines/{deadline}/extension-requests/approval", new { })).Status.ShouldBe(HttpStatusCode.Forbidden);
        var approved = (await CallAsync(leader, $"/api/workspace/deadlines/{deadline}/extension-requests/approval", new { })).Ok();
        approved.GetProperty("state").GetString().ShouldBe("Approved");
        var dueAfter = await app.WithDbAsync(db => db.Set<Fazhi.Platform.Deadlines.Deadline>().Where(d => d.Id == deadline).Select(d => d.DueDate).SingleAsync());
        dueAfter.ShouldBeGreaterThanOrEqualTo(dueBefore.AddDays(5), "书面告知期限按日计算，批准延长 5 日（末日为休息日的顺延）");
        var extension = await app.WithDbAsync(db => db.Set<Fazhi.Platform.Deadlines.DeadlineExtension>().Where(e => e.DeadlineId == deadline).SingleAsync());
        (extension.AddedDays, extension.Reason, extension.NewDueDate).ShouldBe((5, "信访人外出务工，需补充调查。", dueAfter));
        extension.ApproverName.ShouldNotBeNullOrWhiteSpace();
        (await WaitingAsync(leader, subject)).ShouldNotContain("审批延期申请");
        (await CallAsync(leader, $"/api/workspace/deadlines/{deadline}/extension-requests/approval", new { })).Json.GetProperty("detail").GetString()!.ShouldContain("没有等待审批的延期申请");
    }

    [Fact]
    public async Task CollectiveMatter_WaitsOnTheLeadersUntilTheMeetingDecidesIt()
    {
        const string topic = "小江镇敬老院改扩建项目资金安排";
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var answer = await CallAsync(clerk, "/api/workspace/decisions/collective-matters", new { category = 4, topic, proposer = "分管副镇长", background = "县民政局下达改扩建补助，需镇配套资金。", amount = 450000 });
        ((int)answer.Status).ShouldBeInRange(200, 201, answer.Text);

        (await WaitingAsync(await app.ClientForAsync("xiaojiang.leader"), topic)).ShouldBe(["领导班子集体讨论决定"]);
        (await WaitingAsync(await app.ClientForAsync("xiaojiang.deputy"), topic)).ShouldBe(["领导班子集体讨论决定"]);
        (await WaitingAsync(clerk, topic)).ShouldBeEmpty();
        (await WaitingAsync(await app.ClientForAsync("taixia.leader"), topic)).ShouldBeEmpty();
    }
}
