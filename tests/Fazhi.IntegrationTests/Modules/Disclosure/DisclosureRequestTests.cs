using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Decisions;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Modules.Disclosure;

/// <summary>
/// 依申请公开 through its pages and the API (政府信息公开条例 第29–36条): the portal's application with its receipt number
/// and status page, the day of receipt, the correction notice's 7 working days, the head's extension, the third-party
/// consultation left out of the period, the seven replies with their letters, and the register's export. Today is
/// 2026-11-23 (FazhiApp).
/// </summary>
public sealed class DisclosureRequestTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Portal = "/t/990100101000/disclosure";

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string tokenPage, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(client, tokenPage);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private Task<Deadline?> OpenDeadlineAsync(Guid id, string code) =>
        app.WithDbAsync(db => db.Set<Deadline>().IgnoreQueryFilters()
            .Where(d => d.SubjectId == id && d.RuleCode == code && (d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue))
            .SingleOrDefaultAsync());

    [Fact]
    public async Task PortalApplication_GivesAReceiptNumber_StatusShowsItMaskedAndTheClerkConfirmsReceipt()
    {
        var visitor = app.Anonymous();
        var applied = await PostFormAsync(visitor, $"{Portal}/apply", $"{Portal}/apply", new()
        {
            ["ApplicantKind"] = "Citizen",
            ["ApplicantName"] = "欧阳晓明",
            ["IdentityNumber"] = "441823199001011234",
            ["Phone"] = "13800138000",
            ["Description"] = "小江村2026年危房改造补助对象名单，本人欧阳晓明联系电话13800138000",
            ["DeliveryForm"] = "Electronic",
            ["DeliveryWay"] = "Email",
            ["Email"] = "oyxm@example.cn",
        });
        applied.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await new HtmlParser().ParseDocumentAsync(await applied.Content.ReadAsStringAsync());
        var number = html.QuerySelector(".receipt-number")!.TextContent;
        number.ShouldStartWith("GK2026-");

        var wrongPhone = await PostFormAsync(visitor, $"{Portal}/status", $"{Portal}/status", new() { ["Number"] = number, ["Phone"] = "13900000000" });
        (await wrongPhone.Content.ReadAsStringAsync()).ShouldContain("未找到");
        var status = await (await PostFormAsync(visitor, $"{Portal}/status", $"{Portal}/status", new() { ["Number"] = number.ToLowerInvariant(), ["Phone"] = "13800138000" })).Content.ReadAsStringAsync();
        status.ShouldContain("待确认收到");
        status.ShouldContain("欧阳某某");
        status.ShouldNotContain("欧阳晓明");
        status.ShouldNotContain("13800138000");

        var id = await app.WithDbAsync(db => db.Set<DisclosureRequest>().IgnoreQueryFilters().Where(r => r.Number == number && r.Phone == "13800138000").Select(r => r.Id).SingleAsync());
        (await OpenDeadlineAsync(id, DisclosureDeadlines.ReplyCode)).ShouldBeNull();   // 第31条: not received until confirmed
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var confirmed = await PostFormAsync(clerk, $"/workspace/disclosure/requests/{id}/receipt", $"/workspace/disclosure/requests/{id}/receipt", new() { ["ReceivedOn"] = "2026-11-23" });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.GetStringAsync($"/workspace/disclosure/requests/{id}")).ShouldContain("已确认于 2026-11-23 收到申请，应于 2026-12-21 前答复");
        var reply = (await OpenDeadlineAsync(id, DisclosureDeadlines.ReplyCode))!;
        reply.DueDate.ShouldBe(new DateOnly(2026, 12, 21));
        reply.Owner.ShouldBe(DeadlineOwner.Government);
    }

    [Fact]
    public async Task PortalApplication_WithoutDescription_ShowsTheErrorBesideTheField()
    {
        var response = await PostFormAsync(app.Anonymous(), $"{Portal}/apply", $"{Portal}/apply", new()
        {
            ["ApplicantKind"] = "Citizen", ["ApplicantName"] = "张三", ["IdentityNumber"] = "441823199001011234", ["Phone"] = "13800138000",
            ["Description"] = "", ["DeliveryForm"] = "Paper", ["DeliveryWay"] = "Post",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        html.QuerySelector("span.field-error[data-valmsg-for='Description']")!.TextContent.ShouldContain("请描述所需的政府信息");
        html.QuerySelector("input[name='ApplicantName']")!.GetAttribute("value").ShouldBe("张三");
    }

    [Fact]
    public async Task CorrectionNotice_AfterSevenWorkingDays_IsRefusedBesideTheDate()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        // Received Tue 10 Nov; the 7th working day is Thu 19 Nov; today is Mon 23 Nov.
        var id = (await DisclosureApi.RegisterInPersonAsync(clerk, "2026-11-10")).Id();

        var api = await clerk.SendAsync($"{DisclosureApi.Base}/{id}/correction", new { items = "请写明所需信息的文号。" });
        var page = await PostFormAsync(clerk, $"/workspace/disclosure/requests/{id}/correction", $"/workspace/disclosure/requests/{id}/correction", new() { ["Items"] = "请写明所需信息的文号。" });

        api.Refused("disclosure.correction.late");
        page.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        html.QuerySelector("span.field-error[data-valmsg-for='On']")!.TextContent.ShouldContain("最迟 2026-11-19");
        html.QuerySelector("textarea[name='Items']")!.TextContent.ShouldBe("请写明所需信息的文号。");
    }

    [Fact]
    public async Task Extension_ByTheClerk_IsRefused_ByTheLeader_MovesTheDueDateOnTheBoard()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var id = (await DisclosureApi.RegisterInPersonAsync(clerk, "2026-11-02")).Id();
        var body = new { days = 20, reason = "需调取档案室存档材料。", applicantToldOn = "2026-11-23" };

        var byClerk = await clerk.SendAsync($"{DisclosureApi.Base}/{id}/extension", body);
        byClerk.Status.ShouldBe(HttpStatusCode.Forbidden);
        byClerk.Json.GetProperty("detail").GetString()!.ShouldContain("第三十三条第二款");

        var json = (await leader.SendAsync($"{DisclosureApi.Base}/{id}/extension", body)).Ok();
        // 2 Nov + 20 working days = 30 Nov; + 20 = 28 Dec.
        json.Date("replyDueOn").ShouldBe(new DateOnly(2026, 12, 28));
        (await OpenDeadlineAsync(id, DisclosureDeadlines.ReplyCode))!.DueDate.ShouldBe(new DateOnly(2026, 12, 28));
        (await leader.SendAsync($"{DisclosureApi.Base}/{id}/extension", body with { days = 1 })).Refused("disclosure.extension.too-long");
    }

    [Fact]
    public async Task ThirdPartyConsultation_IsLeftOutOfTheReplyPeriod_AndTheBoardFollows()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await DisclosureApi.RegisterInPersonAsync(clerk, "2026-11-02", "江口村土地流转合同及租金标准")).Id();
        (await OpenDeadlineAsync(id, DisclosureDeadlines.ReplyCode))!.DueDate.ShouldBe(new DateOnly(2026, 11, 30));

        (await clerk.SendAsync($"{DisclosureApi.Base}/{id}/third-party", new { thirdParty = "小江绿源农业发展有限公司", sentOn = "2026-11-04" })).Ok();
        (await OpenDeadlineAsync(id, DisclosureDeadlines.ReplyCode)).ShouldBeNull();
        (await OpenDeadlineAsync(id, DisclosureDeadlines.ThirdPartyCode))!.Owner.ShouldBe(DeadlineOwner.Party);
        (await clerk.SendAsync($"{DisclosureApi.Base}/{id}/third-party-answer", new { answer = 3, on = "2026-11-18" })).Refused("disclosure.third-party.period-running");

        var json = (await clerk.SendAsync($"{DisclosureApi.Base}/{id}/third-party-answer", new { answer = 2, opinion = "涉及商业秘密。", on = "2026-11-18" })).Ok();

        // 5–18 Nov: 10 working days not counted, so 30 Nov moves to 14 Dec.
        json.GetProperty("pausedWorkingDays").GetInt32().ShouldBe(10);
        json.Date("replyDueOn").ShouldBe(new DateOnly(2026, 12, 14));
        (await OpenDeadlineAsync(id, DisclosureDeadlines.ReplyCode))!.DueDate.ShouldBe(new DateOnly(2026, 12, 14));
        (await OpenDeadlineAsync(id, DisclosureDeadlines.ThirdPartyCode)).ShouldBeNull();
    }

    public static TheoryData<int, string> ReplyKinds() => new()
    {
        { 1, "已经主动公开" }, { 2, "本机关予以公开" }, { 3, "本机关决定不予公开" }, { 4, "该政府信息不存在" },
        { 5, "不属于本机关负责公开" }, { 6, "不予重复处理" }, { 7, "依照有关法律、行政法规的规定办理" },
    };

    [Theory]
    [MemberData(nameof(ReplyKinds))]
    public async Task Reply_OfEachKind_MeetsTheDeadlineAndGivesItsLetter(int type, string says)
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await DisclosureApi.RegisterInPersonAsync(clerk, "2026-11-16")).Id();

        var json = (await clerk.SendAsync($"{DisclosureApi.Base}/{id}/reply", new { type, ground = type == 3 ? 6 : (int?)null, otherOrgan = type == 5 ? "示范县自然资源局" : null, text = "经审查，答复如上。" })).Ok();

        json.GetProperty("state").GetInt32().ShouldBe((int)RequestState.Replied);
        (await app.WithDbAsync(db => db.Set<Deadline>().IgnoreQueryFilters().SingleAsync(d => d.SubjectId == id && d.RuleCode == DisclosureDeadlines.ReplyCode))).State.ShouldBe(DeadlineState.Met);
        var letter = await clerk.GetAsync($"/workspace/disclosure/requests/{id}?handler=Letter");
        letter.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var docx = WordprocessingDocument.Open(new MemoryStream(await letter.Content.ReadAsByteArrayAsync()), false);
        var text = docx.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("政府信息公开申请答复书");
        text.ShouldContain(says);
        text.ShouldContain("小江镇人民政府");
    }

    [Fact]
    public async Task Reply_RefusalWithoutGround_IsRefusedBesideTheGround()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await DisclosureApi.RegisterInPersonAsync(clerk, "2026-11-16")).Id();

        var page = await PostFormAsync(clerk, $"/workspace/disclosure/requests/{id}/reply", $"/workspace/disclosure/requests/{id}/reply", new() { ["Type"] = "Refused", ["Text"] = "不予公开。" });

        page.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        html.QuerySelector("span.field-error[data-valmsg-for='Ground']")!.TextContent.ShouldContain("第三十六条第（三）项");
    }

    [Fact]
    public async Task Register_ExportsToExcel_WithTheRowsOfTheLedger()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var number = (await DisclosureApi.RegisterInPersonAsync(clerk, "2026-11-20", "小江镇2026年农村低保对象公示名单")).GetProperty("number").GetString();

        var ledger = await clerk.GetStringAsync("/workspace/disclosure/requests?Filter.Q=%E4%BD%8E%E4%BF%9D");
        ledger.ShouldContain(number!);
        var export = await clerk.GetAsync("/workspace/disclosure/requests?handler=Export&Filter.Q=%E4%BD%8E%E4%BF%9D");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = rows.ShouldHaveSingleItem();
        row["受理编号"].ShouldBe(number);
        row["收到申请之日"].ShouldBe("2026-11-20");
        row["答复期限"].ShouldBe("2026-12-18");
        row["状态"].ShouldBe("办理中");
    }
}
