using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Consultation.Model;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Portal;

/// <summary>
/// A citizen's paths: every township page offers 我要投诉/建议 and 办理进度查询; a complaint about enforcement and an
/// opinion on a consultation each get a receipt number, and with it and the phone (or contact) left the citizen
/// follows the matter on the portal — a guessed number with another phone shows nothing, and the name is masked.
/// Today is 2026-11-23 (FazhiApp).
/// </summary>
public sealed partial class CitizenReceiptTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Code = "990100101000";

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(client, page);
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/enforcement")]
    [InlineData("/documents")]
    [InlineData("/consultations")]
    [InlineData("/disclosure/guide")]
    public async Task EveryTownshipPage_OffersWriteToUsAndTheStatusPages(string page)
    {
        var html = await new HtmlParser().ParseDocumentAsync(await app.Anonymous().GetStringAsync($"/t/{Code}{page}"));
        var bar = html.QuerySelector("nav.township-bar")!;
        bar.QuerySelector("a.write-to-us")!.GetAttribute("href").ShouldBe($"/t/{Code}/write");
        bar.TextContent.ShouldContain("办理进度查询");
    }

    [Fact]
    public async Task WriteToUs_ListsEachWayIn_AndTheEnforcementColumnOffersTheComplaint()
    {
        var visitor = app.Anonymous();
        var write = await new HtmlParser().ParseDocumentAsync(await visitor.GetStringAsync($"/t/{Code}/write"));
        var titles = write.QuerySelectorAll(".portal-service h2 a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        titles.ShouldContain(("行政执法投诉", $"/t/{Code}/enforcement/complaint"));
        titles.ShouldContain(("政府信息公开申请", $"/t/{Code}/disclosure/apply"));
        titles.ShouldContain(("对征求意见稿提意见", $"/t/{Code}/consultations"));
        titles.ShouldContain(("网上反映诉求", $"/t/{Code}/requests"));
        foreach (var (_, href) in titles)
        {
            (await visitor.GetAsync(href)).StatusCode.ShouldBe(HttpStatusCode.OK, href);
        }

        var track = await new HtmlParser().ParseDocumentAsync(await visitor.GetStringAsync($"/t/{Code}/track"));
        var statusPages = track.QuerySelectorAll(".portal-tracks a").Select(a => a.GetAttribute("href")!).ToList();
        statusPages.ShouldContain($"/t/{Code}/enforcement/complaint/status");
        statusPages.ShouldContain($"/t/{Code}/consultations/status");
        statusPages.ShouldContain($"/t/{Code}/requests/lookup");
        foreach (var href in statusPages)
        {
            (await visitor.GetAsync(href)).StatusCode.ShouldBe(HttpStatusCode.OK, href);
        }

        var column = await new HtmlParser().ParseDocumentAsync(await visitor.GetStringAsync($"/t/{Code}/enforcement"));
        column.QuerySelector(".column-services a")!.GetAttribute("href").ShouldBe($"/t/{Code}/enforcement/complaint");
        (await visitor.GetAsync("/t/999999999999/write")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Complaint_GetsAReceipt_TheComplainantFollowsItWithThePhone_UntilTheAnswer()
    {
        var visitor = app.Anonymous();
        var page = $"/t/{Code}/enforcement/complaint";
        var withoutPhone = await PostFormAsync(visitor, page, new() { ["Input.Name"] = "陈建国", ["Input.Content"] = "执法队员在检查我家饭店时没有出示执法证件，态度粗暴。" });
        var refused = await new HtmlParser().ParseDocumentAsync(await withoutPhone.Content.ReadAsStringAsync());
        refused.QuerySelector("[data-valmsg-for='Input.Phone']")!.TextContent.ShouldContain("请填写联系电话");
        refused.QuerySelector("#Input_Content")!.TextContent.ShouldContain("没有出示执法证件");

        var sent = await PostFormAsync(visitor, page, new() { ["Input.Name"] = "陈建国", ["Input.Phone"] = "139 0758 6621", ["Input.Content"] = "执法队员在检查我家饭店时没有出示执法证件，态度粗暴。" });
        var receipt = (await new HtmlParser().ParseDocumentAsync(await sent.Content.ReadAsStringAsync())).QuerySelector(".receipt-number")!.TextContent;
        receipt.ShouldMatch(@"^TS2026-\d{4}$");

        // The same township's next complaint, through the public API, gets the next number.
        var next = await visitor.PostAsJsonAsync($"/api/portal/enforcement/{Code}/complaints", new { name = "李某", phone = "13600000000", content = "反映执法人员在集市检查时未告知陈述申辩权利。" });
        next.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var nextNumber = (await next.Content.ReadFromJsonAsync<Receipt>())!.ReceiptNumber;
        int.Parse(nextNumber[^4..], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(int.Parse(receipt[^4..], System.Globalization.CultureInfo.InvariantCulture) + 1);

        var status = $"/t/{Code}/enforcement/complaint/status";
        var wrongPhone = await (await PostFormAsync(visitor, status, new() { ["Query.Number"] = receipt, ["Query.Phone"] = "13600000000" })).Content.ReadAsStringAsync();
        wrongPhone.ShouldContain("未找到");
        wrongPhone.ShouldNotContain("陈某某");

        var open = await (await PostFormAsync(visitor, status, new() { ["Query.Number"] = receipt.ToLowerInvariant(), ["Query.Phone"] = "13907586621" })).Content.ReadAsStringAsync();
        open.ShouldContain("办理中");
        open.ShouldContain("陈某某");
        open.ShouldNotContain("陈建国");
        open.ShouldNotContain("13907586621");
        open.ShouldContain("答复期限");

        var id = await app.WithDbAsync(db => db.Set<EnforcementComplaint>().IgnoreQueryFilters().Where(c => c.ReceiptNumber == receipt && c.TownshipId == db.Set<Township>().Single(t => t.DivisionCode == Code).Id).Select(c => c.Id).SingleAsync());
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        (await clerk.GetStringAsync("/workspace/enforcement/complaints")).ShouldContain(receipt);
        var replied = await clerk.PostAsJsonAsync($"/api/workspace/enforcement/complaints/{id}/reply", new { reply = "经核查，当日执法人员已出示证件，已对执法人员的态度问题进行批评教育。", on = "2026-11-23" });
        replied.StatusCode.ShouldBe(HttpStatusCode.NoContent, await replied.Content.ReadAsStringAsync());

        var answered = await (await PostFormAsync(visitor, status, new() { ["Query.Number"] = receipt, ["Query.Phone"] = "13907586621" })).Content.ReadAsStringAsync();
        answered.ShouldContain("已答复");
        answered.ShouldContain("已对执法人员的态度问题进行批评教育");
        answered.ShouldNotContain("答复期限");
    }

    [Fact]
    public async Task Opinion_GetsAReceipt_AndTheCommenterReadsItsHandlingWithTheContact()
    {
        var consultation = await app.WithDbAsync(db => db.Set<PublicConsultation>().IgnoreQueryFilters()
            .Where(c => c.IsPublic && c.SummaryPublishedOn == null && c.OpensOn <= new DateOnly(2026, 11, 23) && c.ClosesOn >= new DateOnly(2026, 11, 23))
            .Join(db.Set<Township>().IgnoreQueryFilters(), c => c.TownshipId, t => t.Id, (c, t) => new { c.Id, t.DivisionCode }).FirstAsync());
        var visitor = app.Anonymous();
        var page = $"/t/{consultation.DivisionCode}/consultations/{consultation.Id}";
        var sent = await PostFormAsync(visitor, page, new() { ["Input.Content"] = "建议明确补助资金的发放时间和公示方式。", ["Input.Name"] = "王秀英", ["Input.Contact"] = "13807581122" });
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var flash = (await new HtmlParser().ParseDocumentAsync(await visitor.GetStringAsync(sent.Headers.Location!.ToString()))).QuerySelector(".flash")!.TextContent;
        var number = ReceiptPattern().Match(flash).Value;
        number.ShouldStartWith("YJ2026-", Case.Sensitive, flash);

        var status = $"/t/{consultation.DivisionCode}/consultations/status";
        (await (await PostFormAsync(visitor, status, new() { ["Query.Number"] = number, ["Query.Contact"] = "13800000000" })).Content.ReadAsStringAsync()).ShouldContain("未找到");
        var found = await (await PostFormAsync(visitor, status, new() { ["Query.Number"] = number, ["Query.Contact"] = "138-0758-1122" })).Content.ReadAsStringAsync();
        found.ShouldContain("正在研究");
        found.ShouldNotContain("王秀英");
        found.ShouldNotContain("建议明确补助资金");

        var missing = await PostFormAsync(visitor, status, new() { ["Query.Number"] = number, ["Query.Contact"] = "" });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("请填写提交意见时留下的联系方式");
    }

    [Fact]
    public async Task ComplaintLedger_FindsByTextAndReplyState_AndTheApiAndExcelListTheSameRows()
    {
        const string taixia = "990100102000";
        var marker = "集市" + Guid.NewGuid().ToString("N")[..6];
        var visitor = app.Anonymous();
        var receipts = new List<string>();
        foreach (var content in new[] { $"反映{marker}执法人员未出示证件。", $"反映{marker}执法人员态度生硬。" })
        {
            var sent = await visitor.PostAsJsonAsync($"/api/portal/enforcement/{taixia}/complaints", new { name = "周某", phone = "13600001111", content });
            sent.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            receipts.Add((await sent.Content.ReadFromJsonAsync<Receipt>())!.ReceiptNumber);
        }

        var clerk = await app.ClientForAsync("taixia.clerk");
        var first = await app.WithDbAsync(db => db.Set<EnforcementComplaint>().Where(c => c.ReceiptNumber == receipts[0] && c.Content.Contains(marker)).Select(c => c.Id).SingleAsync());
        (await clerk.PostAsJsonAsync($"/api/workspace/enforcement/complaints/{first}/reply", new { reply = "已核实并向投诉人说明。" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        async Task<List<string>> PageAsync(string state) =>
            new HtmlParser().ParseDocument(await clerk.GetStringAsync($"/workspace/enforcement/complaints?q={Uri.EscapeDataString(marker)}&state={state}"))
                .QuerySelectorAll(".card strong").Select(e => e.TextContent).ToList();
        (await PageAsync("")).ShouldBe([receipts[1], receipts[0]], "最新收到的在前");
        (await PageAsync("pending")).ShouldBe([receipts[1]]);
        (await PageAsync("replied")).ShouldBe([receipts[0]]);

        var api = (await clerk.GetFromJsonAsync<List<ComplaintRow>>($"/api/workspace/enforcement/complaints?q={Uri.EscapeDataString(marker)}&state=replied")).ShouldNotBeNull();
        api.Select(r => r.ReceiptNumber).ShouldBe([receipts[0]]);
        api[0].Reply.ShouldBe("已核实并向投诉人说明。");

        var export = await clerk.GetAsync($"/workspace/enforcement/complaints?handler=Export&q={Uri.EscapeDataString(marker)}");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => (string)r["受理编号"]).ShouldBe([receipts[1], receipts[0]]);
        rows.Single(r => (string)r["受理编号"] == receipts[0])["答复内容"].ShouldBe("已核实并向投诉人说明。");

        // Another township's clerk finds none of them.
        new HtmlParser().ParseDocument(await (await app.ClientForAsync("xiaojiang.clerk")).GetStringAsync($"/workspace/enforcement/complaints?q={Uri.EscapeDataString(marker)}"))
            .QuerySelectorAll(".card strong").ShouldBeEmpty();
    }

    private sealed record Receipt(string ReceiptNumber, DateOnly ReceivedOn);

    [GeneratedRegex(@"YJ\d{4}-\d{4}")]
    private static partial Regex ReceiptPattern();
}
