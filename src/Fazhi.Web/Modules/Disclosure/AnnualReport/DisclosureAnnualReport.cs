using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Remedies.Contracts;

namespace Fazhi.Modules.Disclosure.AnnualReport;

/// <summary>A table of the report: its section heading, column heads and rows, as the page and the DOCX both show it.</summary>
internal sealed record ReportTable(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The tables of the 政府信息公开工作年度报告 drafted from the records, in the order of the national format
/// (国办公开办函〔2021〕30号): 二 主动公开, 三 收到和处理申请, 四 行政复议、行政诉讼. The format's exact row layout is
/// not confirmed (REGULATIONS.md §12 item 5); the rows are the regulation's own terms (第20–21、36条).
/// </summary>
internal static class DisclosureAnnualReport
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";

    public static string Title(string government, int year) => string.Create(CultureInfo.InvariantCulture, $"{government}{year}年政府信息公开工作年度报告");

    public static IReadOnlyList<ReportTable> Tables(DisclosureAnnualFigures f)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        static IReadOnlyList<string> Row(string label, ApplicantCounts c) => [label, N(c.Citizens), N(c.Organizations), N(c.Total)];
        static IReadOnlyList<string> Remedy(string label, RemedyOutcomeCounts c) => [label, N(c.Upheld), N(c.Corrected), N(c.Other), N(c.Pending), N(c.Total)];

        var published = f.Published.Select(p => (IReadOnlyList<string>)[CatalogueLabels.Category(p.Category), N(p.Count)]).ToList();
        published.Add(["合计", N(f.PublishedTotal)]);
        var requests = new List<IReadOnlyList<string>> { Row("一、本年新收政府信息公开申请数量", f.NewApplications), Row("二、上年结转政府信息公开申请数量", f.CarriedOver) };
        requests.AddRange(f.Replies.Select(r => Row($"三、本年度办理结果：{DisclosureLabels.Reply(r.Type)}（{DisclosureLabels.ReplyArticle(r.Type)}）", r.Counts)));
        requests.AddRange(f.Closings.Select(c => Row($"三、本年度办理结果：{DisclosureLabels.Closing(c.Kind)}", c.Counts)));
        requests.Add(Row("三、本年度办理结果：总计", f.Handled));
        requests.Add(Row("四、结转下年度继续办理", f.CarriedForward));
        return
        [
            new ReportTable("二、主动公开政府信息情况（本年公开，按《政府信息公开条例》第二十条、第二十一条类别）", ["类别", "本年公开条数"], published),
            new ReportTable("三、收到和处理政府信息公开申请情况", ["项目", "自然人", "法人或其他组织", "总计"], requests),
            new ReportTable("四、政府信息公开行政复议、行政诉讼情况", ["类型", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                [Remedy("行政复议", f.Remedies.Reconsiderations), Remedy("行政诉讼", f.Remedies.Lawsuits)]),
        ];
    }

    /// <summary>一、总体情况 in one sentence from the figures.</summary>
    public static string Overview(DisclosureAnnualFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"本年度主动公开政府信息{f.PublishedTotal}条；新收政府信息公开申请{f.NewApplications.Total}件，上年结转{f.CarriedOver.Total}件，办结{f.Handled.Total}件，结转下年度{f.CarriedForward.Total}件；因政府信息公开工作被申请行政复议{f.Remedies.Reconsiderations.Total}件、被提起行政诉讼{f.Remedies.Lawsuits.Total}件。");

    public static byte[] Write(string government, DisclosureAnnualFigures f)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var body = new Body();
            body.Append(Line(Title(government, f.Year), TitleFont, 44, JustificationValues.Center));
            body.Append(Line("一、总体情况", BodyFont, 32, JustificationValues.Left));
            body.Append(Line(Overview(f), BodyFont, 32, JustificationValues.Both));
            foreach (var table in Tables(f))
            {
                body.Append(Line(table.Heading, BodyFont, 32, JustificationValues.Left));
                body.Append(Grid(table));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1587U, Right = 1474U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Table Grid(ReportTable t)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        foreach (var cells in new[] { t.Columns }.Concat(t.Rows))
        {
            table.Append(new TableRow(cells.Select(c => new TableCell(Line(c, BodyFont, 24, JustificationValues.Left)))));
        }

        return table;
    }

    private static Paragraph Line(string text, string font, int size, JustificationValues justification) =>
        new(new ParagraphProperties(new Justification { Val = justification }),
            new Run(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font }, new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }),
                new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
