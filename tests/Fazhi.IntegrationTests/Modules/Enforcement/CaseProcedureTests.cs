using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using static Fazhi.IntegrationTests.Modules.Enforcement.EnforcementApi;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>
/// A penalty case through the steps of 《行政处罚法》 as 小江镇's staff work it, and the steps the law forbids.
/// The fixture's today is 2026-11-23; acts are recorded on earlier dates of November.
/// </summary>
public sealed partial class CaseProcedureTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static readonly DateOnly Filed = new(2026, 11, 2);
    private static readonly string[] FineOnly = ["罚款"];

    [Fact]
    public async Task FileCase_WithOneOfficer_IsRefusedCitingArticle42()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var power = await PowerAsync(clerk, "村庄规划区擅自搭建");
        var officers = await CertifiedOfficersAsync(clerk);

        var detail = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Take(1), Filed)))
            .ShouldBeRefusedBy("enforcement.officers.fewer-than-two");

        detail.ShouldContain("第四十二条");
    }

    [Fact]
    public async Task FileCase_WithAnOfficerWhoseCertificateExpired_IsRefused()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var power = await PowerAsync(clerk, "村庄规划区擅自搭建");
        var officers = await CertifiedOfficersAsync(clerk);
        var expired = await clerk.SendAsync("/officers", new
        {
            name = "临时聘用人员王某",
            position = "协管员",
            employment = 1,
            certificateNumber = "44182399990001",
            certificateIssuer = "阳山县人民政府",
            certificateValidFrom = "2020-01-01",
            certificateValidTo = "2025-12-31",
        });
        var expiredId = expired.ShouldSucceed().GetProperty("id").GetGuid();

        var detail = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), [officers[0], expiredId], Filed)))
            .ShouldBeRefusedBy("enforcement.officers.not-certified");

        detail.ShouldContain("临时聘用人员王某");
    }

    [Fact]
    public async Task Notice_WithAFineOutsideTheCitedPowersRange_IsRefusedNamingTheRange()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        var @case = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Take(2), Filed, isMajor: false))).ShouldSucceed();
        var id = @case.GetProperty("id").GetGuid();
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片", collectedBy = "执法人员", collectedOn = "2026-11-03" })).ShouldSucceed();

        var detail = (await clerk.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 5000, on = "2026-11-05" }))
            .ShouldBeRefusedBy("enforcement.penalty.outside-item");

        detail.ShouldContain("50 至 500 元");
    }

    [Fact]
    public async Task MajorCase_ThroughEveryStep_IsDecidedAfterLegalReview_PublishedMasked_AndClosed()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        var power = await PowerAsync(clerk, "村庄规划区擅自搭建");
        var officers = await CertifiedOfficersAsync(clerk);
        var created = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Skip(4).Take(2), Filed, partyName: "钟永福",
            idNumber: "441823198203154517", phone: "13902761188"))).ShouldSucceed();
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("needsLegalReview").GetBoolean().ShouldBeTrue();

        // The 90-day decision period (第60条) is on the board from the day of filing.
        (await clerk.GetStringAsync($"/workspace/deadlines?Filter.Q={Uri.EscapeDataString(created.GetProperty("caseNumber").GetString()!)}")).ShouldContain("第六十条");

        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "视听资料", description = "执法记录仪全程录像", collectedBy = "执法人员", collectedOn = "2026-11-03" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 6000, on = "2026-11-05" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/statement", new { summary = "当事人对违法事实无异议，放弃陈述申辩。", waived = true })).ShouldSucceed();

        // 第58条: no decision on a major case before the legal review.
        (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 6000, text = "决定书正文", on = "2026-11-10" }))
            .ShouldBeRefusedBy("enforcement.decision.legal-review-missing").ShouldContain("第五十八条");

        (await clerk.SendAsync($"/cases/{id}/legal-review-request", new { on = "2026-11-10" })).ShouldSucceed();
        (await advisor.SendAsync($"/cases/{id}/legal-review", new { opinion = 1, reasons = "主体适格，事实清楚，证据确凿，程序合法，适用依据正确。", on = "2026-11-12" })).ShouldSucceed();
        (await leader.SendAsync($"/cases/{id}/discussion", new { on = "2026-11-13", attendees = "镇长、分管副镇长、执法办主任", conclusion = "同意拟处罚意见。" })).ShouldSucceed();
        var decided = (await leader.SendAsync($"/cases/{id}/decision", new
        {
            kinds = FineOnly,
            fine = 6000,
            text = "当事人：钟永福，身份证号码：441823198203154517，住址：阳山县小江镇江口村委会五组8号，联系电话：13902761188。经查，当事人擅自搭建建筑物，决定处以罚款人民币6000元。",
            on = "2026-11-16",
        })).ShouldSucceed();
        decided.GetProperty("decisionNumber").GetString()!.ShouldStartWith("小江综执罚〔2026〕");
        (await clerk.SendAsync($"/cases/{id}/service", new { on = "2026-11-17", method = "直接送达" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/publication", new { on = "2026-11-18" })).ShouldSucceed();

        // 事后公示: the public page shows the decision with the natural person's details masked.
        var decisionNumber = decided.GetProperty("decisionNumber").GetString()!;
        var column = new HtmlParser().ParseDocument(await app.Anonymous().GetStringAsync("/t/990100101000/enforcement"));
        var link = column.QuerySelectorAll("a[href*='/enforcement/decisions/']").First(a => a.TextContent.Contains(decisionNumber, StringComparison.Ordinal));
        link.TextContent.ShouldNotContain("钟永福");
        var portal = await app.Anonymous().GetStringAsync(link.GetAttribute("href"));
        portal.ShouldContain("6000");
        portal.ShouldNotContain("钟永福");
        portal.ShouldNotContain("441823198203154517");
        portal.ShouldNotContain("13902761188");
        portal.ShouldNotContain("五组8号");

        // A closed file must be complete (案卷检查).
        (await clerk.SendAsync($"/cases/{id}/execution", new { on = "2026-11-20", paid = 6000 })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/closing", Checklist(archived: false))).ShouldBeRefusedBy("enforcement.close.incomplete-file");
        var closed = (await clerk.SendAsync($"/cases/{id}/closing", Checklist())).ShouldSucceed();
        closed.GetProperty("closedOn").GetString().ShouldBe("2026-11-23");
    }

    [Fact]
    public async Task Execution_PaidLate_AddsThreePercentADay_AndRefusesAnUnderpayment()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var power = await PowerAsync(clerk, "集镇建成区占道经营");
        var officers = await CertifiedOfficersAsync(clerk);
        var id = (await clerk.SendAsync("/cases", NewCase(power.GetProperty("id").GetGuid(), officers.Skip(8).Take(2), new DateOnly(2026, 10, 8), partyName: "韦春花", isMajor: false)))
            .ShouldSucceed().GetProperty("id").GetGuid();
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录", collectedBy = "执法人员", collectedOn = "2026-10-08" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/notice", new { kinds = FineOnly, fine = 200, on = "2026-10-09" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/statement", new { summary = "放弃陈述申辩。", waived = true })).ShouldSucceed();
        (await leader.SendAsync($"/cases/{id}/decision", new { kinds = FineOnly, fine = 200, text = "决定处以罚款200元。", on = "2026-10-12" })).ShouldSucceed();
        (await clerk.SendAsync($"/cases/{id}/service", new { on = "2026-10-13", method = "直接送达" })).ShouldSucceed();

        // Due 2026-10-28 (15 days after service); paid on 2026-11-02, 5 days late: 200 × 3% × 5 = 30 yuan (第72条).
        var refused = (await clerk.SendAsync($"/cases/{id}/execution", new { on = "2026-11-02", paid = 200 })).ShouldBeRefusedBy("enforcement.execution.underpaid");
        refused.ShouldContain("加处罚款 30 元");
        (await clerk.SendAsync($"/cases/{id}/execution", new { on = "2026-11-02", paid = 230 })).ShouldSucceed();
    }

    [Fact]
    public async Task CaseLedgerExport_For2022_HasTheFourteenCasesOfTheReport()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        var response = await clerk.GetAsync($"{Base}/cases/export.xlsx?year=2022");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(14);
    }

    [Fact]
    public async Task PublicDecisionPages_NeverShowAnIdNumberOrMobileNumber()
    {
        var anonymous = app.Anonymous();
        var column = await anonymous.GetStringAsync("/t/990100101000/enforcement");
        var links = new HtmlParser().ParseDocument(column).QuerySelectorAll("a[href*='/enforcement/decisions/']")
            .Select(a => a.GetAttribute("href")!).Distinct().ToList();
        links.Count.ShouldBeGreaterThanOrEqualTo(8);

        foreach (var link in links)
        {
            var text = new HtmlParser().ParseDocument(await anonymous.GetStringAsync(link)).Body!.TextContent;
            IdNumber().IsMatch(text).ShouldBeFalse(link);
            MobileNumber().IsMatch(text).ShouldBeFalse(link);
        }
    }

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?!\d)")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobileNumber();
}
