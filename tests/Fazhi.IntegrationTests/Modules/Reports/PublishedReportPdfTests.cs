using System.Net;
using System.Security.Cryptography;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Modules.Reports.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Fazhi.IntegrationTests.Modules.Reports;

/// <summary>
/// A report written, approved and published through the workspace, then downloaded from the portal as the public gets
/// it: the PDF is checked against GB/T 9704-2012 from the PDF itself (PdfPig) — 3号 text in lines of 28 characters,
/// 22 lines a page in the 156 × 225 mm type area, “— 1 —” page numbers in 4号 on the outer side 7 mm under the type
/// area, each text role in its face — and it is the file made at publication, not made again on each download.
/// </summary>
public sealed class PublishedReportPdfTests(PublishedReportPdfTests.PublishedReport report) : IClassFixture<PublishedReportPdfTests.PublishedReport>
{
    // GB/T 9704-2012 §5.2.1, in millimetres from the page's top-left corner: 上白边 37, 左白边 28, 版心 156 × 225.
    private const double TypeLeft = 28;
    private const double TypeRight = 28 + 156;
    private const double TypeTop = 37;
    private const double TypeBottom = 37 + 225;
    private const double LinePitch = 225.0 / 22;
    private const double OneCharacter = 156.0 / 28;

    // Marks that may not begin a line, and marks that may not end one (GB/T 15834 标点符号用法): the line before such a
    // mark gives its last character to the next line, which it then begins with that character and the mark.
    private const string NoLineStart = "，。、；：？！）》」』”’…—";
    private const string NoLineEnd = "（《「『“‘";

    private IReadOnlyList<IReadOnlyList<PdfLine>> Pages => report.Pages ?? throw new InvalidOperationException("no PDF");

    [Fact]
    public void PublishedPdf_SetsEveryFullLineOfTheTextIn28Characters()
    {
        SkipWithoutPdfEngine();
        var checkedLines = 0;
        var body = Pages.SelectMany(page => page.Where(InTypeArea)).ToList();
        for (var i = 0; i < body.Count - 1; i++)
        {
            var line = body[i];
            var next = body[i + 1];
            // A full line is one its paragraph continues after: the next line starts at the left edge (not indented).
            if (line.Size != 16 || next.Size != 16 || !StartsAtLeftEdge(line) || !StartsAtLeftEdge(next))
            {
                continue;
            }

            // Latin figures are narrower than a character, and a line before a mark that may not begin a line gives
            // that line its last character: the count is the grid's only on the other lines, which are most of them.
            if (line.Text.Any(char.IsAscii) || char.IsAscii(next.Text[0]) || GaveACharacterToTheNextLine(next.Text))
            {
                continue;
            }

            // A punctuation mark hung past the right edge (标点悬挂) is not one of the 28.
            line.CharactersStartingBefore(TypeRight - OneCharacter / 2).ShouldBe(28, line.ToString());
            checkedLines++;
        }

        checkedLines.ShouldBeGreaterThanOrEqualTo(30, "报告正文应有足够多的满行以检查每行字数");
    }

    [Fact]
    public void PublishedPdf_HoldsEveryCharacterOfTheReport_InOrder()
    {
        SkipWithoutPdfEngine();
        string[] parts = [Texts.Achievements, Texts.Shortcomings, Texts.LeaderDuties, Texts.NextYearPlan, Texts.OtherMatters];
        var expected = Texts.Title + Texts.Preamble
            + string.Concat(ReportText.PartHeadings.Select((heading, i) => heading + parts[i]))
            + Texts.Issuer + "2026年3月14日";

        var printed = string.Concat(Pages.SelectMany(page => page.Where(l => !IsPageNumber(l))).Select(l => l.Text));

        // Nothing lost at a line's end (a punctuation mark set in the margin) or anywhere else.
        printed.ShouldBe(Squash(expected));
    }

    [Fact]
    public void PublishedPdf_Holds22LinesOnEveryFullPage_InTheTypeArea()
    {
        SkipWithoutPdfEngine();
        Pages.Count.ShouldBeGreaterThanOrEqualTo(3, "报告应超过两页，才能检查整页行数");

        for (var p = 0; p < Pages.Count - 1; p++)
        {
            var lines = Pages[p].Where(InTypeArea).ToList();
            Pages[p].Where(l => !InTypeArea(l) && !IsPageNumber(l)).ShouldBeEmpty($"第{p + 1}页版心外只应有页码");
            // Lines sit on a pitch of 225 mm / 22: the first in the first line slot, the last in the 22nd.
            for (var i = 1; i < lines.Count; i++)
            {
                var slots = (lines[i].Baseline - lines[i - 1].Baseline) / LinePitch;
                slots.ShouldBe(Math.Round(slots), 0.05, $"行距应为版心高度的二十二分之一：{lines[i]}");
            }

            lines[0].Baseline.ShouldBeInRange(TypeTop, TypeTop + LinePitch, lines[0].ToString());
            lines[^1].Baseline.ShouldBeInRange(TypeBottom - LinePitch, TypeBottom, lines[^1].ToString());
            Math.Round((lines[^1].Baseline - lines[0].Baseline) / LinePitch).ShouldBe(21, $"第{p + 1}页应排满22行");
            if (p > 0)
            {
                // After page 1 (title and the blank line under it) every line carries text.
                lines.Count.ShouldBe(22, $"第{p + 1}页应有22行文字");
            }
        }
    }

    [Fact]
    public void PublishedPdf_NumbersPagesInFourthSizeOnTheOuterSide_7mmUnderTheTypeArea()
    {
        SkipWithoutPdfEngine();

        for (var p = 0; p < Pages.Count; p++)
        {
            var number = p + 1;
            var line = Pages[p].Single(IsPageNumber);
            line.Text.ShouldBe($"—{number}—");
            line.Letters.ShouldAllBe(l => Math.Abs(l.PointSize - 14) < 0.1);   // 4号
            line.Fonts.ShouldAllBe(f => f.Contains("NotoSerifCJK", StringComparison.Ordinal) && f.Contains("Regular", StringComparison.Ordinal));
            var dashes = line.Letters.Where(l => l.Value == "—").ToList();
            dashes.Count.ShouldBe(2);
            // 一字线上距版心下边缘 7 mm.
            dashes.ShouldAllBe(d => Math.Abs(line.InkTop(d) - (TypeBottom + 7)) < 1, line.ToString());
            if (number % 2 == 1)
            {
                // 单页码居右空一字.
                PdfLine.InkRight(dashes[^1]).ShouldBe(TypeRight - OneCharacter, 1, line.ToString());
            }
            else
            {
                // 双页码居左空一字.
                PdfLine.InkLeft(dashes[0]).ShouldBe(TypeLeft + OneCharacter, 1, line.ToString());
            }
        }
    }

    [Fact]
    public void PublishedPdf_SetsEachTextRoleInItsFaceAndSize()
    {
        SkipWithoutPdfEngine();
        var all = Pages.SelectMany(p => p).ToList();

        var title = Pages[0][0];
        title.Text.ShouldBe(Texts.Title);
        title.Letters.ShouldAllBe(l => Math.Abs(l.PointSize - 22) < 0.1);   // 2号
        title.Fonts.ShouldAllBe(f => f.Contains("NotoSerifCJK", StringComparison.Ordinal) && f.Contains("Bold", StringComparison.Ordinal), "标题：小标宋 → Noto Serif CJK SC Bold");

        var level1 = all.Where(l => l.Text.Length > 2 && "一二三四五".Contains(l.Text[0], StringComparison.Ordinal) && l.Text[1] == '、').ToList();
        level1.Count.ShouldBe(5);
        level1.ShouldAllBe(l => l.Size == 16 && l.Fonts.All(f => f.StartsWith("NotoSansCJK", StringComparison.Ordinal)), "一级标题：黑体 → Noto Sans CJK SC");

        var level2 = all.Where(l => l.Text.StartsWith('（') && l.Start > TypeLeft + OneCharacter).ToList();
        level2.Count.ShouldBe(Texts.LevelTwoHeadings);
        level2.ShouldAllBe(l => l.Size == 16 && l.Fonts.All(f => f.StartsWith("GBZenKai", StringComparison.Ordinal)), "二级标题：楷体_GB2312 → AR PL KaitiM GB（fonts-arphic-gkai00mp）");

        var text = all.Except([title, .. level1, .. level2]).Where(InTypeArea).ToList();
        text.ShouldNotBeEmpty();
        text.ShouldAllBe(l => l.Size == 16 && l.Fonts.All(f => f.StartsWith("NotoSerifCJK", StringComparison.Ordinal) && f.Contains("Regular", StringComparison.Ordinal)), "正文：仿宋_GB2312 → Noto Serif CJK SC");
        text.ShouldContain(l => l.Text == Texts.Issuer);
    }

    [Fact]
    public async Task PublishedPdf_IsTheFileMadeAtPublication_ServedAsKept()
    {
        SkipWithoutPdfEngine();
        var visitor = report.App.Anonymous();

        var again = await visitor.GetByteArrayAsync(PublishedReport.PdfPath);
        var workspace = await (await report.App.ClientForAsync("touying.clerk")).GetByteArrayAsync($"/workspace/reports/{PublishedReport.Year}?handler=Pdf");

        // LibreOffice stamps every conversion with its time, so equal bytes mean one conversion, kept.
        again.ShouldBe(report.Pdf);
        workspace.ShouldBe(report.Pdf);
        var stored = await report.App.WithDbAsync(db => db.Set<AnnualReportFile>()
            .Where(f => f.Kind == ReportFileKind.Pdf && f.ReportId == AnnualReport.IdFor(report.TownshipId, PublishedReport.Year))
            .Select(f => f.Sha256).ToListAsync());
        stored.ShouldHaveSingleItem().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(report.Pdf!)));
    }

    [Fact]
    public async Task Report_PublishedWhileThePdfEngineWasMissing_GetsItsPdfMadeOnceLater_AndNeverAgain()
    {
        SkipWithoutPdfEngine();
        const string heshi = "990100104000";
        var clerk = await report.App.ClientForAsync("heshi.clerk");
        (await ReportScenario.DraftAsync(clerk, 2025)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportScenario.CompleteAsync(clerk, 2025, "（一）依法行政\n全年依法行政。")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReportScenario.PostAsync(await report.App.ClientForAsync("heshi.leader"), "/workspace/reports/2025", "Approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var engine = report.App.Services.GetRequiredService<IOptions<PdfEngineOptions>>().Value;
        var installed = engine.SofficePath;
        try
        {
            engine.SofficePath = "/nonexistent/soffice";
            (await ReportScenario.PostAsync(clerk, "/workspace/reports/2025", "Publish")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        finally
        {
            engine.SofficePath = installed;
        }

        var visitor = report.App.Anonymous();
        (await visitor.GetAsync($"/t/{heshi}/reports/2025?handler=Docx")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync($"/t/{heshi}/reports/2025?handler=Pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await MakePdfButtonsAsync(clerk)).ShouldBe(1);

        (await ReportScenario.PostAsync(clerk, "/workspace/reports/2025", "MakePdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var first = await visitor.GetByteArrayAsync($"/t/{heshi}/reports/2025?handler=Pdf");
        first[..4].ShouldBe("%PDF"u8.ToArray());
        (await MakePdfButtonsAsync(clerk)).ShouldBe(0);
        var again = await ReportScenario.PostAsync(clerk, "/workspace/reports/2025", "MakePdf");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("不再重新生成");
        (await visitor.GetByteArrayAsync($"/t/{heshi}/reports/2025?handler=Pdf")).ShouldBe(first);
    }

    private static async Task<int> MakePdfButtonsAsync(HttpClient clerk) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await clerk.GetStringAsync("/workspace/reports/2025"))
            .QuerySelectorAll("button").Count(b => b.TextContent.Trim() == "生成公开稿 PDF");

    private void SkipWithoutPdfEngine()
    {
        if (report.Missing is { } missing)
        {
            Assert.Skip("LibreOffice 或中文字体未安装，跳过 PDF 版式测试：" + missing);
        }
    }

    private static bool GaveACharacterToTheNextLine(string next) =>
        NoLineStart.Contains(next[0], StringComparison.Ordinal) || NoLineEnd.Contains(next[0], StringComparison.Ordinal)
        || (next.Length > 1 && NoLineStart.Contains(next[1], StringComparison.Ordinal));

    private static string Squash(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static bool InTypeArea(PdfLine line) => line.Baseline > TypeTop && line.Baseline <= TypeBottom + 0.5;

    private static bool IsPageNumber(PdfLine line) => line.Baseline > TypeBottom + 0.5 && line.Text.StartsWith('—');

    private static bool StartsAtLeftEdge(PdfLine line) => Math.Abs(line.Start - TypeLeft) < 0.5;

    /// <summary>头营镇's 2025 report, written, approved by the leader and published; its PDF as the portal serves it.</summary>
    public sealed class PublishedReport : IAsyncLifetime
    {
        public const int Year = 2025;
        public const string Code = "990100103000";
        public static readonly string PdfPath = $"/t/{Code}/reports/{Year}?handler=Pdf";

        public FazhiApp App { get; } = new();

        public string? Missing { get; private set; }

        public Guid TownshipId { get; private set; }

        public byte[]? Pdf { get; private set; }

        public IReadOnlyList<IReadOnlyList<PdfLine>>? Pages { get; private set; }

        public async ValueTask InitializeAsync()
        {
            await App.InitializeAsync();
            Missing = App.Services.GetRequiredService<PdfEngine>().MissingPrerequisite();
            if (Missing is not null)
            {
                return;
            }

            TownshipId = await App.WithDbAsync(db => db.Set<Fazhi.Modules.Organization.Township>().Where(t => t.DivisionCode == Code).Select(t => t.Id).SingleAsync());
            var clerk = await App.ClientForAsync("touying.clerk");
            (await ReportScenario.DraftAsync(clerk, Year)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await ReportScenario.PostAsync(clerk, $"/workspace/reports/{Year}/edit", "", new()
            {
                ["Form.Title"] = Texts.Title,
                ["Form.Preamble"] = Texts.Preamble,
                ["Form.Achievements"] = Texts.Achievements,
                ["Form.Shortcomings"] = Texts.Shortcomings,
                ["Form.LeaderDuties"] = Texts.LeaderDuties,
                ["Form.NextYearPlan"] = Texts.NextYearPlan,
                ["Form.OtherMatters"] = Texts.OtherMatters,
                ["Form.Issuer"] = Texts.Issuer,
                ["Form.IssuedOn"] = "2026-03-14",
                ["Form.Note"] = "按镇党委会讨论意见修改",
            })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await ReportScenario.PostAsync(await App.ClientForAsync("touying.leader"), $"/workspace/reports/{Year}", "Approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await ReportScenario.PostAsync(clerk, $"/workspace/reports/{Year}", "Publish")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

            var response = await App.Anonymous().GetAsync(PdfPath);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            Pdf = await response.Content.ReadAsByteArrayAsync();
            Pages = PdfLayout.Read(Pdf);
            await File.WriteAllBytesAsync(Path.Combine(ArtifactsFolder(), $"touying-{Year}.pdf"), Pdf);
        }

        /// <summary>artifacts/test-results/reports of the repository, where a person can open the PDF the test read.</summary>
        private static string ArtifactsFolder()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fazhi.slnx")))
            {
                dir = dir.Parent;
            }

            var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "test-results", "reports");
            Directory.CreateDirectory(folder);
            return folder;
        }

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    /// <summary>The text of the report, in the words of 头营镇's published 2022 report (the seed), carried to 2025.</summary>
    private static class Texts
    {
        public const string Title = "头营镇2025年法治政府建设年度报告";
        public const string Issuer = "头营镇人民政府";
        public const int LevelTwoHeadings = 6;

        public const string Preamble =
            "2025年，头营镇法治政府建设工作在区委、区政府的坚强领导和区委全面依法治区办的正确指导下，坚持以习近平新时代中国特色社会主义思想为指导，坚持依法全面履行政府职能，认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，深入推进头营镇法治政府建设各项工作，促进全镇社会经济稳定发展。现就全镇2025年度法治政府建设工作情况报告如下：";

        public const string Achievements = """
            （一）加强组织领导，夯实法治基础
            为加强法治政府建设工作有序开展，成立了由党委书记负总责、党委副书记具体牵头负责、党委委员具体抓的镇依法行政工作领导小组，领导小组成员分工负责，明确职责，落实责任，始终坚持党委统一领导、党政齐抓共管的原则，切实履行推进法治政府建设第一责任人职责，充分发挥镇党委在推进法治建设中的领导核心作用，将建设法治政府摆在工作全局的重要位置，定期召开联席会议，传达学习习近平法治思想及自治区、市、区依法治区工作会议精神，听取有关工作汇报，及时研究解决有关重大问题，为推进法治建设提供保障、创造条件。
            （二）强化理论武装，增强依法行政能力
            始终把学习贯彻落实习近平法治思想同学习贯彻落实党的二十届三中全会精神贯通起来，同学习贯彻落实习近平总书记对三农工作的重要指示批示精神贯通起来，以党的政治建设为统领，不断提高科学执政、民主执政、依法执政水平。全年组织开展党委中心组理论学习学法十三次，镇村干部八五普法学习十二次，召开专题研讨会四次，邀请法律顾问举办法律讲堂两次，形成班子成员带头尊法学法的良好氛围，树牢干部队伍法治意识，提高法律素养。
            （三）坚持党委统一领导，有序推进法治政府建设
            坚持党对法治建设的集中统一领导，落实全面从严治党。全面依法依规治党，全年组织开展全面从严治党学习教育活动四次，开展全面从严治党警示教育会两次，春节、国庆等节前集体廉政谈话八次，从思想源头构筑党纪严明的坚实防线，涵养了风清气正的政治生态。年初制定法治政府建设工作要点，年末进行总结，每季度听取法治政府建设工作专题汇报一次，集体研究解决出现的有关重大问题。
            （四）坚持依法依规决策，完善依法行政制度体系
            严格完善规范性文件制定程序。落实党委法律顾问制度，严格规范文件制定程序和管理办法，规范性文件必须由分管领导、主要领导签字把关。落实行政执法三项制度，提升行政执法公信力。所有执法检查过程中，严格执行执法公示、执法全过程记录、重大执法决定法制审核制度，切实保障严格执法，公正执法。深入推进政务公开工作，进一步优化政务公开工作流程，健全工作机制，围绕民生和社会热点，利用门户网站、公示公告栏等平台，公开财政预算、惠民补贴发放、公告公示等政务信息。
            （五）深入推进普法宣传，营造浓厚法治氛围
            始终将普法宣传与全年各项工作融合，提升全民法治素养。在各中小学校设立法治宣传栏，配齐相关图画，为中小学生提供各类法治知识教育，同时组织司法所、派出所、综合执法办公室等到镇辖区中小学开展法制宣传。在国家安全周、禁毒宣传月、国家宪法日等时间节点开展法治宣传活动，向群众宣传法律知识，形成全民守法、自觉崇尚法治的良好氛围。
            """;

        public const string Shortcomings = """
            一是执法人员偏少。行政执法人员的执法水平有待提高，执法力量较为薄弱，尤其是缺乏高素质的法治工作专业人才，不能很好地满足实际工作需要。
            二是理论学习不够积极主动。重业务、轻学习的思想依然存在。对相关法律法规学习不深，对行政执法程序学习不透，理论联系实际的深度和广度也不够，分析问题和解决问题的能力有待提高。
            三是法治宣传工作不够深入。基于农村外出人口众多，对于法治政府建设的宣传工作仍然停留在面向老人及青少年，涉及面不够广泛。
            """;

        public const string LeaderDuties =
            "镇党委书记切实履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办，把法治政府建设纳入全镇发展总体规划和年度工作计划，与经济社会发展同部署、同推进、同督促、同考核。";

        public const string NextYearPlan = """
            一是在学法用法中，要用心主动学习各类法律，掌握各类法律知识，在日常工作中，要有创新学法用法意识，切实增强学法的实效性，提高学法用法的能力和水平。
            二是在使用法律过程中，要把用法作为学法的着眼点和落脚点，真正做到学以致用，在学字上下功夫，在用字上出效果，牢固树立宪法和法制观念，增强法律素养和专业素质。
            （一）提高行政应诉能力
            主动化解矛盾纠纷，做到从出庭到出声再到出效果转变，实质性化解争议，切实促进官民和谐。
            """;

        public const string OtherMatters = "无其他需要报告的情况。";
    }
}
