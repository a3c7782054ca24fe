using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Decisions;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Advisors;

/// <summary>
/// 法律顾问 and the 合同合法性审查台账: the seeds' figures (太霞乡 2022 one lawyer and 合同审核率100%; 大张楼镇 2022 镇、村两级
/// 全覆盖), a contract signed before its review flagged and left out of the rate, and who may take each step.
/// </summary>
public sealed class AdvisorTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = "/api/workspace/advisors";

    private Task<IndicatorGroup> GroupAsync(string code, int year) => app.InScopeAsync(TenantContext.System, async services =>
    {
        var township = await services.GetRequiredService<Fazhi.Platform.Data.FazhiDbContext>().Set<Township>().SingleAsync(t => t.DivisionCode == code);
        return await services.GetServices<IIndicatorSource>().Single(s => s.GetType().Name == "AdvisorIndicatorSource").ForTownshipAsync(township.Id, year, default);
    });

    [Fact]
    public async Task Taixia2022_OneLawyer_EveryContractReviewedFirst()
    {
        var group = await GroupAsync("990100102000", 2022);

        group.Sentence.ShouldBe("本年度聘请法律顾问1名，提供法律咨询3次，服务群众47人次，出具法律意见2份，签订合同4份，合同审核率达100%。");
    }

    [Fact]
    public async Task Dazhanglou2022_TownshipAndEveryVillageCovered()
    {
        var group = await GroupAsync("990100105000", 2022);
        var villages = await app.WithDbAsync(async db => await db.Set<Village>().IgnoreQueryFilters().CountAsync(v => v.TownshipId == db.Set<Township>().Single(t => t.DivisionCode == "990100105000").Id));

        group.Indicators.Single(i => i.Key == "advisors.advisors").Value.ShouldBe(3);
        group.Indicators.Single(i => i.Key == "advisors.villages-covered").Value.ShouldBe(villages);
    }

    [Fact]
    public async Task ContractSignedBeforeItsReview_IsFlaggedAndLeftOutOfTheRate()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        var first = (await clerk.SendAsync($"{Api}/reviews", new { title = "小江镇集镇绿化养护合同", counterparty = "示范县园林绿化有限公司", amount = 60000, on = "2026-11-02" })).Ok().GetProperty("id").GetGuid();
        var late = (await clerk.SendAsync($"{Api}/reviews", new { title = "东山社区广场照明维修合同", counterparty = "示范县电力安装有限公司", amount = 18000, on = "2026-11-02" })).Ok().GetProperty("id").GetGuid();

        (await advisor.SendAsync($"{Api}/reviews/{first}/opinion", new { opinion = 1, text = "同意签订。", adopted = true, on = "2026-11-05" })).Ok();
        (await clerk.SendAsync($"{Api}/reviews/{first}/signing", new { on = "2026-11-10" })).Ok().GetProperty("signedBeforeReview").GetBoolean().ShouldBeFalse();
        var flagged = (await clerk.SendAsync($"{Api}/reviews/{late}/signing", new { on = "2026-11-06" })).Ok();
        flagged.GetProperty("signedBeforeReview").GetBoolean().ShouldBeTrue();
        (await advisor.SendAsync($"{Api}/reviews/{late}/opinion", new { opinion = 2, text = "补充违约责任条款。", adopted = false, on = "2026-11-09" })).Ok()
            .GetProperty("signedBeforeReview").GetBoolean().ShouldBeTrue();

        var ledger = await clerk.GetStringAsync("/workspace/advisors/reviews?Filter.Flagged=true");
        ledger.ShouldContain("东山社区广场照明维修合同");
        ledger.ShouldNotContain("小江镇集镇绿化养护合同");
        var rate = (await GroupAsync("990100101000", 2026)).Indicators.Single(i => i.Key == "advisors.contract-review-rate");
        rate.Part.ShouldBe(1);
        rate.Whole.ShouldBe(2);
        rate.Value.ShouldBe(50m);
    }

    [Fact]
    public async Task Opinion_ByAnEnforcementOfficer_IsRefusedOnPageAndApiAlike()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var id = (await clerk.SendAsync($"{Api}/reviews", new { title = "小江村文化室修缮合同", counterparty = "示范县建筑有限公司", amount = 50000 })).Ok().GetProperty("id").GetGuid();

        var api = await officer.SendAsync($"{Api}/reviews/{id}/opinion", new { opinion = 1, text = "同意。", adopted = true });
        var token = await FazhiApp.AntiforgeryTokenAsync(officer, $"/workspace/advisors/reviews/{id}");
        var page = await officer.PostAsync($"/workspace/advisors/reviews/{id}/opinion", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Opinion"] = "Lawful", ["Text"] = "同意。" }));

        api.Status.ShouldBe(HttpStatusCode.Forbidden);
        api.Json.GetProperty("code").GetString().ShouldBe("advisors.reviews.opinion.who");
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Contract_WithAVillageOfAnotherTownship_IsRefusedBesideTheVillages()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var foreign = await app.WithDbAsync(db => db.Set<Village>().IgnoreQueryFilters().Where(v => v.TownshipId == db.Set<Township>().Single(t => t.DivisionCode == "990100102000").Id).Select(v => v.Id).FirstAsync());

        var refused = await clerk.SendAsync($"{Api}/contracts", new { advisorName = "孙明", kind = 1, startsOn = "2026-01-01", endsOn = "2026-12-31", fee = 10000, scope = "法律咨询", coversTownship = false, villageIds = new[] { foreign } });

        refused.Status.ShouldBe(HttpStatusCode.Conflict);
        refused.Json.GetProperty("code").GetString().ShouldBe("advisors.contract.unknown-village");
    }

    [Fact]
    public async Task Contract_SignedOnThePage_ShowsItsVillagesAndTakesAConsultation()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var village = await app.WithDbAsync(db => db.Set<Village>().IgnoreQueryFilters().Where(v => v.TownshipId == db.Set<Township>().Single(t => t.DivisionCode == "990100101000").Id).OrderBy(v => v.DivisionCode).FirstAsync());
        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, "/workspace/advisors/new");
        var signed = await clerk.PostAsync("/workspace/advisors/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["AdvisorName"] = "孙明", ["Kind"] = "Lawyer", ["LawFirm"] = "示范县明理律师事务所", ["StartsOn"] = "2026-01-01", ["EndsOn"] = "2026-12-31",
            ["Fee"] = "12000", ["Scope"] = "村级法律顾问", ["CoversTownship"] = "false", ["VillageIds"] = village.Id.ToString(),
        }));
        signed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = signed.Headers.Location!.OriginalString;

        (await clerk.GetStringAsync(record)).ShouldContain(village.Name);
        var advisor = await app.ClientForAsync("xiaojiang.advisor");
        var outside = await advisor.SendAsync($"{Api}/contracts/{record.Split('/').Last()}/services", new { kind = 1, on = "2025-12-30", subject = "法律咨询", peopleServed = 3 });
        outside.Status.ShouldBe(HttpStatusCode.Conflict);
        outside.Json.GetProperty("code").GetString().ShouldBe("advisors.service.outside-term");
        var html = await new HtmlParser().ParseDocumentAsync(await clerk.GetStringAsync("/workspace/advisors"));
        html.QuerySelector("table.advisors")!.TextContent.ShouldContain("孙明");
    }

    [Fact]
    public async Task HalfYearlyAssessment_ByALeader_OnlyAfterTheHalfYear_OncePerHalf()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var leader = await app.ClientForAsync("xiaojiang.leader");
        var id = (await clerk.SendAsync($"{Api}/contracts", new { advisorName = "周晓", kind = 1, lawFirm = "示范县明理律师事务所", startsOn = "2026-03-01", endsOn = "2027-02-28", fee = 20000,
            scope = "政府法律顾问", coversTownship = true, villageIds = Array.Empty<Guid>() })).Ok().GetProperty("id").GetGuid();
        var url = $"{Api}/contracts/{id}/assessments";

        (await clerk.SendAsync(url, new { year = 2026, half = 1, grade = 1, remarks = "优秀。", on = "2026-07-03" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        var early = await leader.SendAsync(url, new { year = 2026, half = 2, grade = 1, remarks = "优秀。", on = "2026-11-20" });
        early.Status.ShouldBe(HttpStatusCode.Conflict);
        early.Json.GetProperty("code").GetString().ShouldBe("advisors.assessment.too-early");
        var outside = await leader.SendAsync(url, new { year = 2025, half = 2, grade = 1, remarks = "优秀。", on = "2026-01-10" });
        outside.Json.GetProperty("code").GetString().ShouldBe("advisors.assessment.outside-term");
        (await leader.SendAsync(url, new { year = 2026, half = 1, grade = 2, remarks = "按时出具审查意见。", on = "2026-07-03" })).Ok();
        var again = await leader.SendAsync(url, new { year = 2026, half = 1, grade = 1, remarks = "改为优秀。", on = "2026-07-04" });
        again.Json.GetProperty("code").GetString().ShouldBe("advisors.assessment.once");

        var html = await new HtmlParser().ParseDocumentAsync(await clerk.GetStringAsync($"/workspace/advisors/{id}"));
        html.QuerySelector("table.assessments")!.TextContent.ShouldContain("称职");
    }

    [Fact]
    public async Task Taixia2022_AdvisorAssessedAfterEachHalfYear()
    {
        var clerk = await app.ClientForAsync("taixia.clerk");
        var id = await app.WithDbAsync(db => db.Set<Fazhi.Modules.Advisors.Model.AdvisorContract>().IgnoreQueryFilters().Where(c => c.AdvisorName == "杨俊" && c.StartsOn == new DateOnly(2022, 1, 1)).Select(c => c.Id).SingleAsync());

        var rows = (await new HtmlParser().ParseDocumentAsync(await clerk.GetStringAsync($"/workspace/advisors/{id}"))).QuerySelectorAll("table.assessments tbody tr").Select(r => r.TextContent).ToList();

        rows.Count.ShouldBe(2);
        rows[0].ShouldContain("上半年");
        rows[1].ShouldContain("下半年");
    }
}
