using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Documents;
using Fazhi.IntegrationTests.Modules.Enforcement;
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
    }
}
