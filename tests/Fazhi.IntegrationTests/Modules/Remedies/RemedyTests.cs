using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Decisions;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Remedies.Contracts;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Modules.Remedies;

/// <summary>
/// 行政复议 and 行政应诉 against the township: the answer due in 10 working days (5 in the simplified procedure) and the
/// 答辩 in 15 days across 中秋 and 国庆, a late answer shown late, the head's absence from court only with an accepted
/// reason, the register's export, and the figures (纠错率, 出庭应诉率, the disclosure report's table 四) from the records.
/// </summary>
public sealed class RemedyTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = "/api/workspace/remedies/cases";

    private static object Case(int kind, string number, string received, bool simplified = false, bool aboutDisclosure = false) => new
    {
        kind,
        caseNumber = number,
        claimant = "刘桂芳",
        challengedAct = "小江镇人民政府责令限期拆除决定",
        organ = kind == 1 ? "示范县人民政府" : "示范县人民法院",
        aboutDisclosure,
        simplified,
        copyReceivedOn = received,
    };

    private static DateOnly Date(JsonElement json, string property) =>
        DateOnly.Parse(json.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private Task<Guid> TownshipAsync(string code) => app.WithDbAsync(db => db.Set<Township>().IgnoreQueryFilters().Where(t => t.DivisionCode == code).Select(t => t.Id).SingleAsync());

    private async Task<IndicatorGroup> GroupAsync(string code, int year)
    {
        var township = await TownshipAsync(code);
        return await app.InScopeAsync(TenantContext.System, services =>
            services.GetServices<IIndicatorSource>().Single(s => s.GetType().Name == "RemedyIndicatorSource").ForTownshipAsync(township, year, default));
    }

    [Fact]
    public async Task ReconsiderationAnswer_TenWorkingDays_FiveInTheSimplifiedProcedure_AcrossMidAutumnAndNationalDay()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        // Received Thursday 24 September 2026: 中秋 (25–27 Sept) and 国庆 (1–7 Oct) are not counted, Saturday 10 Oct is a 调休 workday.
        var ordinary = (await clerk.SendAsync(Api, Case(1, "示县复〔2026〕15号", "2026-09-24"))).Ok();
        var simplified = (await clerk.SendAsync(Api, Case(1, "示县复〔2026〕16号", "2026-09-24", simplified: true, aboutDisclosure: true))).Ok();

        Date(ordinary, "answerDueOn").ShouldBe(new DateOnly(2026, 10, 15));
        Date(simplified, "answerDueOn").ShouldBe(new DateOnly(2026, 10, 9));
    }

    [Fact]
    public async Task LitigationDefence_FifteenDays_EndingInNationalDay_MovesToTheFirstWorkingDayAfter()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        // Received Friday 18 September: the fifteenth day is Saturday 3 October, inside 国庆 (民事诉讼法 第85条 by 行政诉讼法 第101条).
        var lawsuit = (await clerk.SendAsync(Api, Case(2, "（2026）示0101行初20号", "2026-09-18"))).Ok();

        Date(lawsuit, "answerDueOn").ShouldBe(new DateOnly(2026, 10, 8));
    }

    [Fact]
    public async Task SimplifiedProcedure_ForALawsuit_IsRefusedCitingTheArticle()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");

        (await clerk.SendAsync(Api, Case(2, "（2026）示0101行初21号", "2026-11-02", simplified: true))).Refused("remedies.simplified");
    }

    [Fact]
    public async Task DefenceSubmittedAfterItsDueDate_ShowsLateOnTheRecord()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await clerk.SendAsync(Api, Case(2, "（2026）示0101行初22号", "2026-11-02"))).Ok().GetProperty("id").GetGuid();

        var answered = (await clerk.SendAsync($"{Api}/{id}/answer", new { summary = "提交答辩状及证据。", on = "2026-11-20" })).Ok();
        (await clerk.SendAsync($"{Api}/{id}/answer", new { summary = "再次提交。", on = "2026-11-21" })).Status.ShouldBe(HttpStatusCode.Conflict);

        Date(answered, "answerDueOn").ShouldBe(new DateOnly(2026, 11, 17));
        var page = await clerk.GetStringAsync($"/workspace/remedies/{id}");
        page.ShouldContain("逾期办结");
        page.ShouldContain("2026-11-20 已提交");
    }

    [Fact]
    public async Task HeadAbsentFromCourt_WithoutAnAcceptedReason_IsRefusedBesideTheField_AndWithOneIsRecorded()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await clerk.SendAsync(Api, Case(2, "（2026）示0101行初23号", "2026-10-12"))).Ok().GetProperty("id").GetGuid();

        (await clerk.SendAsync($"{Api}/{id}/hearing", new { on = "2026-11-19", leaderAppeared = false, appearedBy = "综合执法办 李强" })).Refused("remedies.hearing.absence");
        (await clerk.SendAsync($"{Api}/{id}/hearing", new { on = "2026-11-19", leaderAppeared = false, appearedBy = "综合执法办 李强", absenceReason = 4 })).Refused("remedies.hearing.absence");
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, $"/workspace/remedies/{id}");
        var page = await clerk.PostAsync($"/workspace/remedies/{id}/hearing", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["On"] = "2026-11-19", ["LeaderAppeared"] = "false", ["AppearedBy"] = "综合执法办 李强",
        }));
        page.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var form = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        form.QuerySelector("[data-valmsg-for='AbsenceReason']")!.TextContent.ShouldContain("第三条第三款");

        var recorded = (await clerk.SendAsync($"{Api}/{id}/hearing", new { on = "2026-11-19", leaderAppeared = false, appearedBy = "综合执法办 李强", absenceReason = 3 })).Ok();
        recorded.GetProperty("leaderAppeared").GetBoolean().ShouldBeFalse();
        (await clerk.GetStringAsync($"/workspace/remedies/{id}")).ShouldContain("负责人未出庭（需要履行他人不能代替的公务），委托 综合执法办 李强");
    }

    [Fact]
    public async Task Register_ByAnEnforcementOfficer_IsForbidden()
    {
        var officer = await app.ClientForAsync("xiaojiang.officer");

        var refused = await officer.SendAsync(Api, Case(1, "示县复〔2026〕17号", "2026-11-02"));

        refused.Status.ShouldBe(HttpStatusCode.Forbidden);
        refused.Json.GetProperty("code").GetString().ShouldBe("remedies.cases.register.who");
    }

    [Fact]
    public async Task Outcomes_GiveTheCorrectionRate_AndTheRegisterExportsThem()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var revoked = (await clerk.SendAsync(Api, Case(1, "示县复〔2026〕18号", "2026-08-03"))).Ok().GetProperty("id").GetGuid();
        var upheld = (await clerk.SendAsync(Api, Case(1, "示县复〔2026〕19号", "2026-08-10"))).Ok().GetProperty("id").GetGuid();

        (await clerk.SendAsync($"{Api}/{revoked}/outcome", new { outcome = 2, on = "2026-10-09", summary = "撤销责令限期拆除决定，责令重新作出。" })).Ok().GetProperty("corrected").GetBoolean().ShouldBeTrue();
        (await clerk.SendAsync($"{Api}/{upheld}/outcome", new { outcome = 1, on = "2026-10-16", summary = "维持。" })).Ok();
        (await clerk.SendAsync($"{Api}/{upheld}/outcome", new { outcome = 2, on = "2026-10-17", summary = "改判。" })).Status.ShouldBe(HttpStatusCode.Conflict);

        var rate = (await GroupAsync("990100101000", 2026)).Indicators.Single(i => i.Key == "remedies.correction-rate");
        rate.Part.ShouldBe(1);
        rate.Whole.ShouldBe(2);
        rate.Value.ShouldBe(50m);
        var export = await clerk.GetAsync("/workspace/remedies?Filter.Year=2026&Filter.Kind=Reconsideration&handler=Export");
        var rows = MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Single(r => (string)r["案号"] == "示县复〔2026〕18号")["结果"].ShouldBe("撤销");
        rows.ShouldAllBe(r => (string)r["类型"] == "行政复议");
    }

    [Fact]
    public async Task Demo2026_FiguresFromTheCases_InTheSeedsSentenceStyle()
    {
        var group = await GroupAsync("990100102000", 2026);

        group.Sentence.ShouldBe("本年度行政应诉案件1件，审结1件，纠错率0%，行政机关负责人出庭应诉率达100%。");
        (await GroupAsync("990100105000", 2026)).Sentence.ShouldBe("本年度被申请行政复议案件1件，行政应诉案件1件。");
        var open = await (await app.ClientForAsync("dazhanglou.clerk")).GetStringAsync("/workspace/remedies?Filter.Open=true");
        open.ShouldContain("示县复〔2026〕27号");
        (await (await app.ClientForAsync("taixia.clerk")).GetStringAsync("/workspace/remedies?Filter.Open=true")).ShouldNotContain("（2026）示0102行初8号");
    }

    [Fact]
    public async Task DisclosureCases_ForTableFourOfTheDisclosureReport_ByResultAtYearEnd()
    {
        var heshi = await TownshipAsync("990100104000");

        var figures = await app.InScopeAsync(TenantContext.System, services => services.GetRequiredService<IRemedyFigures>().AboutDisclosureAsync(heshi, 2026, default));

        figures.Reconsiderations.ShouldBe(new RemedyOutcomeCounts(1, 0, 0, 0));
        figures.Lawsuits.Total.ShouldBe(0);
    }

    [Fact]
    public async Task OpinionLetter_OpensSixtyCalendarDaysOnTheBoard_EndingInNationalDay_AndTheCorrectionReportClosesIt()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await clerk.SendAsync(Api, Case(1, "示县复〔2026〕31号", "2026-07-20"))).Ok().GetProperty("id").GetGuid();

        // Received Monday 3 August: the sixtieth day, Friday 2 October, is inside 国庆 (1–7 Oct); 第88条 makes only
        // 三、五、七、十日 working days, so the period is in calendar days and ends on Thursday 8 October (民事诉讼法 第85条).
        var opinion = (await clerk.SendAsync($"{Api}/{id}/opinion", new { number = "示县复意〔2026〕2号", receivedOn = "2026-08-03", summary = "责令限期拆除前未告知陈述申辩权利，应予纠正。" })).Ok();

        Date(opinion, "correctionReportDueOn").ShouldBe(new DateOnly(2026, 10, 8));
        var board = await clerk.GetStringAsync($"/workspace/deadlines?Filter.Q={Uri.EscapeDataString("示县复〔2026〕31号")}");
        board.ShouldContain("报送行政复议意见书纠正情况");
        (await clerk.GetStringAsync($"/workspace/remedies/{id}")).ShouldContain("逾期");

        var reported = (await clerk.SendAsync($"{Api}/{id}/correction", new { report = "已撤销原决定，重新告知陈述申辩权利后另行处理。", on = "2026-10-09" })).Ok();
        Date(reported, "correctionReportedOn").ShouldBe(new DateOnly(2026, 10, 9));
        (await clerk.SendAsync($"{Api}/{id}/correction", new { report = "再次报送。" })).Refused("remedies.correction.once");
        var page = await clerk.GetStringAsync($"/workspace/remedies/{id}");
        page.ShouldContain("逾期办结");
        page.ShouldContain("2026-10-09 已报送：已撤销原决定");
    }

    [Fact]
    public async Task CorrectionReport_BeforeAnyOpinionLetter_IsRefusedCitingArticle76_AndALawsuitTakesNoOpinionLetter()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await clerk.SendAsync(Api, Case(1, "示县复〔2026〕32号", "2026-11-02"))).Ok().GetProperty("id").GetGuid();
        var lawsuit = (await clerk.SendAsync(Api, Case(2, "（2026）示0101行初32号", "2026-11-02"))).Ok().GetProperty("id").GetGuid();

        var refused = await clerk.SendAsync($"{Api}/{id}/correction", new { report = "已纠正。" });

        refused.Refused("remedies.correction.no-opinion");
        refused.Json.GetProperty("detail").GetString()!.ShouldContain("第七十六条");
        (await clerk.SendAsync($"{Api}/{lawsuit}/opinion", new { number = "示县复意〔2026〕3号", receivedOn = "2026-11-10", summary = "意见。" })).Refused("remedies.opinion.reconsideration-only");
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, $"/workspace/remedies/{id}");
        var form = await clerk.PostAsync($"/workspace/remedies/{id}/correction", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Report"] = "已纠正。",
        }));
        form.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await new HtmlParser().ParseDocumentAsync(await form.Content.ReadAsStringAsync());
        html.QuerySelector("[data-valmsg-for='Report']")!.TextContent.ShouldContain("第七十六条");
    }
}
