using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Decisions;
using Fazhi.IntegrationTests.Platform.Deadlines;

namespace Fazhi.IntegrationTests.Modules.Disclosure;

/// <summary>
/// The 政府信息公开工作年度报告 of 2025 (第49条): only a leader approves it, only an approved report is published, a year
/// still running cannot be approved; the duty is on the board and overdue after 31 January 2026 (today is 23 November
/// 2026); publication puts the approved text and Word file on the township's portal page and the county sees every
/// township's state.
/// </summary>
public sealed class DisclosureReportPublicationTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Api = "/api/workspace/disclosure/annual-reports";

    private static string? StateOf(AngleSharp.Dom.IDocument county, string township) =>
        county.QuerySelector($"#disclosure-reports tr[data-township='{township}']")?.QuerySelectorAll("td")[1].TextContent;

    [Fact]
    public async Task Report2025_ApprovedByALeader_PublishedOnThePortal_OverdueOnTheBoard_AndOnTheCountyView()
    {
        var clerk = await app.ClientForAsync("heshi.clerk");
        var leader = await app.ClientForAsync("heshi.leader");
        var county = await app.ClientForAsync("county.reviewer");

        var byClerk = await clerk.SendAsync($"{Api}/approval", new { year = 2025 });
        byClerk.Status.ShouldBe(HttpStatusCode.Forbidden);
        byClerk.Json.GetProperty("code").GetString().ShouldBe("disclosure.annual-report.approve.who");
        (await clerk.SendAsync($"{Api}/publication", new { year = 2025 })).Refused("disclosure.report.not-approved");
        (await leader.SendAsync($"{Api}/approval", new { year = 2026 })).Refused("disclosure.report.year-not-over");
        (await app.CreateClient().GetAsync("/t/990100104000/disclosure/annual-reports/2025")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var approved = (await leader.SendAsync($"{Api}/approval", new { year = 2025 })).Ok();
        approved.GetProperty("dueDate").GetString().ShouldBe("2026-01-31");
        (await leader.SendAsync($"{Api}/approval", new { year = 2025 })).Refused("disclosure.report.approved");
        var row = await DeadlineScenario.RowAsync(clerk, "/workspace/deadlines", "河市镇2025年政府信息公开工作年度报告");
        row.ShouldNotBeNull();
        row.TextContent.ShouldContain("2026-01-31");
        row.TextContent.ShouldContain("第四十九条");
        var before = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/disclosure/annual-reports?Year=2025"));
        StateOf(before, "河市镇").ShouldBe("逾期未公布");
        StateOf(before, "小江镇").ShouldBe("逾期未公布");

        (await clerk.SendAsync($"{Api}/publication", new { year = 2025, on = "2026-11-20" })).Status.ShouldBe(HttpStatusCode.Conflict, "published before it was approved");
        var published = (await clerk.SendAsync($"{Api}/publication", new { year = 2025 })).Ok();
        published.GetProperty("publishedOn").GetString().ShouldBe("2026-11-23");
        (await clerk.SendAsync($"{Api}/publication", new { year = 2025 })).Refused("disclosure.report.published");

        var anonymous = app.CreateClient();
        var page = await anonymous.GetStringAsync("/t/990100104000/disclosure/annual-reports/2025");
        page.ShouldContain("河市镇人民政府2025年政府信息公开工作年度报告");
        page.ShouldContain("一、总体情况");
        page.ShouldContain("三、收到和处理政府信息公开申请情况");
        var docx = await anonymous.GetAsync("/t/990100104000/disclosure/annual-reports/2025?handler=Docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            word.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("河市镇人民政府2025年政府信息公开工作年度报告");
        }

        (await DeadlineScenario.RowAsync(clerk, "/workspace/deadlines", "河市镇2025年政府信息公开工作年度报告"))!.TextContent.ShouldContain("逾期办结", customMessage: "published after 31 January: met late");
        var after = new HtmlParser().ParseDocument(await county.GetStringAsync("/county/disclosure/annual-reports?Year=2025"));
        StateOf(after, "河市镇").ShouldBe("逾期公布");
        after.QuerySelector("#disclosure-reports tr[data-township='河市镇'] a")!.GetAttribute("href").ShouldBe("/t/990100104000/disclosure/annual-reports/2025");
        StateOf(after, "小江镇").ShouldBe("逾期未公布");
    }
}
