using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Decisions;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Disclosure;

/// <summary>
/// 主动公开 (政府信息公开条例 第12、20–26条): a catalogue item is registered with its category, published within 20
/// working days (the deadline on the board), shown on the portal only once published; the 公开指南 on the portal.
/// </summary>
public sealed class CatalogueTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = "/api/workspace/disclosure/catalogue";

    [Fact]
    public async Task Entry_IsDueTwentyWorkingDaysAfterForming_AndReachesThePortalOnlyWhenPublished()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var json = (await clerk.SendAsync(Api, new { category = 27, title = "小江镇2026年“一事一议”筹资筹劳方案", summary = "筹资标准每人每年15元，用于村道硬化。", formedOn = "2026-11-02" })).Ok();
        var id = json.GetProperty("id").GetGuid();
        json.GetProperty("indexNumber").GetString().ShouldStartWith("990100101000/2026-");

        var deadline = await app.WithDbAsync(db => db.Set<Deadline>().IgnoreQueryFilters().SingleAsync(d => d.SubjectId == id && d.RuleCode == DisclosureDeadlines.PublicationCode));
        deadline.DueDate.ShouldBe(new DateOnly(2026, 11, 30));
        deadline.Owner.ShouldBe(DeadlineOwner.Government);
        (await app.Anonymous().GetStringAsync("/t/990100101000/disclosure/catalogue")).ShouldNotContain("筹资筹劳方案");

        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(clerk, "/workspace/disclosure/catalogue") };
        (await clerk.PostAsync($"/workspace/disclosure/catalogue/{id}/publication", new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var portal = await app.Anonymous().GetStringAsync("/t/990100101000/disclosure/catalogue");
        portal.ShouldContain("小江镇2026年“一事一议”筹资筹劳方案");
        portal.ShouldContain("筹资筹劳");
        (await app.WithDbAsync(db => db.Set<Deadline>().IgnoreQueryFilters().SingleAsync(d => d.Id == deadline.Id))).State.ShouldBe(DeadlineState.Met);
        (await clerk.SendAsync($"{Api}/{id}/publication", new { })).Refused("disclosure.catalogue.already-published");
    }

    [Fact]
    public async Task Entry_ByAnEnforcementOfficer_IsRefused()
    {
        var officer = await app.ClientForAsync("xiaojiang.officer");

        var refused = await officer.SendAsync(Api, new { category = 7, title = "预算", summary = "预算。", formedOn = "2026-11-02" });

        refused.Status.ShouldBe(HttpStatusCode.Forbidden);
        refused.Json.GetProperty("code").GetString().ShouldBe("disclosure.catalogue.add.who");
    }

    [Fact]
    public async Task Guide_OnThePortal_NamesTheOfficeAndLeadsToTheApplication_AndTheColumnLinksIt()
    {
        var guide = await app.Anonymous().GetStringAsync("/t/990100104000/disclosure/guide");

        guide.ShouldContain("河市镇党政综合办公室");
        guide.ShouldContain("0763-8861234");
        guide.ShouldContain("/t/990100104000/disclosure/apply");
        guide.ShouldContain("农田水利工程建设运营（第二十一条）");
        (await app.Anonymous().GetStringAsync("/t/990100104000/disclosure")).ShouldContain("/t/990100104000/disclosure/guide");
        var catalogue = await app.Anonymous().GetStringAsync("/t/990100104000/disclosure/catalogue");
        catalogue.ShouldContain("河市镇2026年部门预算");
        catalogue.ShouldNotContain("桥头村高标准农田水利配套工程建设情况");   // formed 13 Nov, not yet published
    }
}
