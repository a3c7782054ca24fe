using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>
/// The 立案 and 调查取证 forms as a clerk and an officer use them (issue 14 item 3): evidence from the inspection that led
/// to the case may be dated before 立案 (行政处罚法 第五十四条、第五十五条), what was typed survives a refusal, the officer
/// picker lists each officer once with their certificate, and the success message says what comes next.
/// </summary>
public sealed class CaseFormsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private static string ErrorBeside(IDocument page, string field) =>
        page.QuerySelector($"span.field-error[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields) =>
        await client.PostAsync(page, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", await FazhiApp.AntiforgeryTokenAsync(client, page))]));

    private static async Task<Guid> FileAsync(HttpClient clerk, DateOnly filedOn, DateOnly? discoveredOn, string partyName)
    {
        var officers = await EnforcementApi.CertifiedOfficersAsync(clerk);
        var power = (await EnforcementApi.PowerAsync(clerk, "占道经营")).GetProperty("id").GetGuid();
        return (await clerk.SendAsync("/cases", new
        {
            source = 1,
            powerItemId = power,
            title = "在集镇建成区占道经营",
            partyKind = 1,
            partyName,
            facts = $"当事人{partyName}在小江圩镇主街占用人行道摆卖，经劝导拒不改正。",
            officerIds = officers.Take(2).ToList(),
            isMajor = false,
            isComplex = false,
            filedOn,
            discoveredOn,
        })).ShouldSucceed().GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Evidence_FromTheInspectionBeforeFiling_IsAccepted_ButNotBeforeTheInspectionNorOtherwiseBeforeFiling()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var inspection = Today.AddDays(-5);
        var filed = Today.AddDays(-3);
        var id = await FileAsync(clerk, filed, inspection, "黄国平");

        // The 现场检查笔录 of the inspection that led to the case, two days before 立案: accepted.
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "现场检查笔录及照片 5 张", collectedOn = inspection, processStep = "检查" }))
            .ShouldSucceed().GetProperty("evidenceCount").GetInt32().ShouldBe(1);
        // Before the inspection: refused, naming 第五十四条.
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "现场笔录", description = "早于检查的笔录", collectedOn = inspection.AddDays(-1), processStep = "检查" }))
            .ShouldBeRefusedBy("enforcement.evidence.before-discovery").ShouldContain("第五十四条");
        // Before 立案 but not from the inspection: refused.
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "询问笔录", description = "询问笔录", collectedOn = filed.AddDays(-1), processStep = "调查取证" }))
            .ShouldBeRefusedBy("enforcement.evidence.before-filing").ShouldContain("立案前检查");
        // In the future: refused.
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "询问笔录", description = "询问笔录", collectedOn = Today.AddDays(1), processStep = "调查取证" }))
            .ShouldBeRefusedBy("enforcement.case.future-date");
        // After 立案 in the investigation: accepted as before.
        (await officer.SendAsync($"/cases/{id}/evidence", new { kind = "询问笔录", description = "询问当事人笔录", collectedOn = filed, processStep = "调查取证" })).ShouldSucceed();
    }

    [Fact]
    public async Task Filing_WithTheInspectionAfterFiling_IsRefused()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var officers = await EnforcementApi.CertifiedOfficersAsync(clerk);
        var power = (await EnforcementApi.PowerAsync(clerk, "占道经营")).GetProperty("id").GetGuid();
        var result = await clerk.SendAsync("/cases", new
        {
            source = 1, powerItemId = power, title = "在集镇建成区占道经营", partyKind = 1, partyName = "何少华", facts = "占道经营。",
            officerIds = officers.Take(2).ToList(), isMajor = false, isComplex = false, filedOn = Today.AddDays(-2), discoveredOn = Today.AddDays(-1),
        });
        result.ShouldBeRefusedBy("enforcement.case.discovery-after-filing").ShouldContain("第五十四条");
        result.Json.GetProperty("field").GetString().ShouldBe("discoveredOn");
    }

    [Fact]
    public async Task FilingForm_RefusedForOneOfficer_KeepsWhatWasTyped_AndTheSuccessSaysWhatComesNext()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var form = await ParseAsync(await clerk.GetAsync("/workspace/enforcement/cases/new"));
        // One searchable list: each officer once, with the certificate and its status.
        var options = form.QuerySelectorAll("select[name='OfficerIds'][data-picker='multiple'] option").ToList();
        options.Count.ShouldBeGreaterThanOrEqualTo(47);
        options.Select(o => o.GetAttribute("value")).Distinct().Count().ShouldBe(options.Count);
        options.First(o => !o.ClassList.Contains("officer-problem")).TextContent.ShouldContain("执法证");
        form.QuerySelector("select[name='PowerItemId'][data-picker='single']").ShouldNotBeNull();

        var officers = options.Where(o => !o.ClassList.Contains("officer-problem")).Select(o => o.GetAttribute("value")!).Take(2).ToList();
        var power = form.QuerySelectorAll("select[name='PowerItemId'] option").First(o => o.TextContent.Contains("占道经营", StringComparison.Ordinal)).GetAttribute("value")!;
        List<KeyValuePair<string, string>> fields =
        [
            new("Source", "Inspection"), new("PowerItemId", power), new("Title", "在集镇建成区占道经营"), new("PartyKind", "NaturalPerson"),
            new("PartyName", "邓建华"), new("PartyAddress", "小江镇新圩村三组"), new("Facts", "当事人邓建华在小江圩镇主街占用人行道摆卖水果。"),
            new("DiscoveredOn", Iso(Today.AddDays(-1))), new("FiledOn", Iso(Today)), new("OfficerIds", officers[0]),
        ];

        var refused = await PostFormAsync(clerk, "/workspace/enforcement/cases/new", fields);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await ParseAsync(refused);
        ErrorBeside(page, "OfficerIds").ShouldContain("第四十二条");
        page.QuerySelector("#case-Title")!.GetAttribute("value").ShouldBe("在集镇建成区占道经营");
        page.QuerySelector("#case-PartyName")!.GetAttribute("value").ShouldBe("邓建华");
        page.QuerySelector("#case-Facts")!.TextContent.ShouldBe("当事人邓建华在小江圩镇主街占用人行道摆卖水果。");
        page.QuerySelector("#case-DiscoveredOn")!.GetAttribute("value").ShouldBe(Iso(Today.AddDays(-1)));
        page.QuerySelector($"#case-PowerItemId option[value='{power}']")!.HasAttribute("selected").ShouldBeTrue();
        page.QuerySelectorAll("#case-OfficerIds option[selected]").Select(o => o.GetAttribute("value")).ShouldBe([officers[0]]);

        fields.Add(new("OfficerIds", officers[1]));
        var filed = await PostFormAsync(clerk, "/workspace/enforcement/cases/new", fields);
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = await ParseAsync(await clerk.GetAsync(filed.Headers.Location));
        var flash = record.QuerySelector(".flash")!.TextContent;
        flash.ShouldMatch(@"^已立案，案号 小江综执立〔2026〕\d+号；下一步：调查取证（作出处罚决定期限至 \d{4}-\d{2}-\d{2}，《行政处罚法》第六十条）。$");
    }

    [Fact]
    public async Task EvidenceForm_Refused_KeepsWhatWasTyped_BesideTheDate()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = await FileAsync(clerk, Today.AddDays(-1), null, "林文杰");
        var officer = await app.ClientForAsync("xiaojiang.officer");
        var path = $"/workspace/enforcement/cases/{id}/evidence";
        var refused = await PostFormAsync(officer, path,
        [
            new("Kind", "询问笔录"), new("ProcessStep", "调查取证"), new("Description", "询问当事人林文杰笔录一份"),
            new("CollectedOn", Iso(Today.AddDays(-2))),
        ]);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await ParseAsync(refused);
        ErrorBeside(page, "CollectedOn").ShouldContain("立案前检查");
        page.QuerySelector("#addEvidence-Description")!.TextContent.ShouldBe("询问当事人林文杰笔录一份");
        page.QuerySelector("#addEvidence-CollectedOn")!.GetAttribute("value").ShouldBe(Iso(Today.AddDays(-2)));
    }
}
