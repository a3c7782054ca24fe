using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Modules.Reports.Layout;

namespace Fazhi.UnitTests.Modules.Reports;

/// <summary>The DOCX layout against GB/T 9704-2012, read back with OpenXml as Word would read it.</summary>
public sealed class OfficialDocxWriterTests
{
    internal static ReportText Sample() => new(
        "小江镇2022年法治政府建设年度报告",
        "现将2022年度我镇法治政府建设工作开展情况报告如下：",
        [
            "（一）严格规范公正文明执法\n本年度行政处罚案件立案共14宗，已结案7宗，在办7宗，开展重大执法决定法制审核9件，案件公示9件。",
            "专职执法人员不足。",
            "党委书记切实履行第一责任人职责。",
            "（一）加强执法队伍建设\n落实持证上岗。",
            "无其他需要报告的情况。",
        ],
        "小江镇人民政府",
        new DateOnly(2023, 1, 13));

    private static WordprocessingDocument Open(ReportText text) =>
        WordprocessingDocument.Open(new MemoryStream(OfficialDocxWriter.Write(text)), false);

    private static List<Paragraph> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

    private static RunFonts Fonts(Paragraph p) => p.Descendants<Run>().First().RunProperties!.RunFonts!;

    private static string Size(Paragraph p) => p.Descendants<Run>().First().RunProperties!.FontSize!.Val!;

    [Fact]
    public void Write_Always_HasTheFivePartsInStatutoryOrderAsHeitiHeadings()
    {
        using var document = Open(Sample());

        var headings = Paragraphs(document).Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").ToList();

        headings.Select(h => h.InnerText).ShouldBe(
        [
            "一、主要举措和成效",
            "二、存在的不足和原因",
            "三、党政主要负责人履行推进法治建设第一责任人职责情况",
            "四、下一年度推进法治政府建设的主要安排",
            "五、其他需要报告的情况",
        ]);
        headings.ShouldAllBe(h => Fonts(h).EastAsia == "黑体" && Size(h) == "32");
    }

    [Fact]
    public void Write_Always_IsA4WithTheStandardMarginsAndTypeArea()
    {
        using var document = Open(Sample());
        var section = document.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;

        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        ((int)size.Width!.Value).ShouldBe(11906);    // 210 mm
        ((int)size.Height!.Value).ShouldBe(16838);   // 297 mm
        margin.Top!.Value.ShouldBe(2098);            // 37 mm
        margin.Bottom!.Value.ShouldBe(1984);         // 35 mm
        ((int)margin.Left!.Value).ShouldBe(1587);    // 28 mm
        ((int)margin.Right!.Value).ShouldBe(1474);   // 26 mm
        // Type area 156 mm × 225 mm.
        Math.Abs((int)size.Width.Value - (int)margin.Left.Value - (int)margin.Right.Value - OfficialDocxWriter.Twips(156)).ShouldBeLessThanOrEqualTo(2);
        Math.Abs((int)size.Height.Value - margin.Top.Value - margin.Bottom.Value - OfficialDocxWriter.Twips(225)).ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public void Write_Always_Sets22LinesOf28CharactersByExactMeasures_NotByAGrid()
    {
        using var document = Open(Sample());
        var section = document.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        var typeWidth = OfficialDocxWriter.Twips(156);
        var typeHeight = OfficialDocxWriter.Twips(225);

        // LibreOffice, which makes the PDF, reads Word's character grid as 18 widely spaced characters a line.
        section.GetFirstChild<DocGrid>().ShouldBeNull();
        var lines = Paragraphs(document).Select(p => p.ParagraphProperties!.SpacingBetweenLines!).ToList();
        lines.ShouldAllBe(l => l.LineRule! == LineSpacingRuleValues.Exact);
        var pitch = lines.Select(l => int.Parse(l.Line!.Value!, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ShouldHaveSingleItem();
        (22 * pitch).ShouldBeLessThanOrEqualTo(typeHeight);
        (23 * pitch).ShouldBeGreaterThan(typeHeight);

        // Every 16 pt run is condensed so that 28 characters fit the 156 mm line and a 29th does not.
        var textRuns = Paragraphs(document).SelectMany(p => p.Descendants<Run>()).Where(r => r.RunProperties!.FontSize!.Val == "32").ToList();
        textRuns.ShouldNotBeEmpty();
        var advance = textRuns.Select(r => 320 + r.RunProperties!.Spacing!.Val!.Value).Distinct().ShouldHaveSingleItem();
        (28 * advance).ShouldBeLessThanOrEqualTo(typeWidth);
        (29 * advance).ShouldBeGreaterThan(typeWidth);
    }

    [Fact]
    public void Write_Always_IsValidAgainstTheWordprocessingMLSchema()
    {
        using var document = Open(Sample());

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        // Word refuses, or "repairs", a document whose elements are out of the schema's order.
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Write_Always_SetsTitleBodyAndLevelTwoFontsAndSizes()
    {
        using var document = Open(Sample());
        var paragraphs = Paragraphs(document);

        var title = paragraphs[0];
        title.InnerText.ShouldBe("小江镇2022年法治政府建设年度报告");
        Fonts(title).EastAsia!.Value.ShouldBe("方正小标宋简体");
        Size(title).ShouldBe("44");   // 2号 = 22 pt
        title.ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Center);

        var body = paragraphs.Single(p => p.InnerText.StartsWith("本年度行政处罚案件立案共14宗", StringComparison.Ordinal));
        Fonts(body).EastAsia!.Value.ShouldBe("仿宋_GB2312");
        Size(body).ShouldBe("32");    // 3号 = 16 pt
        body.ParagraphProperties!.Indentation!.FirstLine!.Value.ShouldBe("640");   // two characters

        var level2 = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading2").ToList();
        level2.Select(p => p.InnerText).ShouldBe(["（一）严格规范公正文明执法", "（一）加强执法队伍建设"]);
        level2.ShouldAllBe(p => Fonts(p).EastAsia == "楷体_GB2312" && Size(p) == "32");
    }

    [Fact]
    public void Write_Always_PutsPageNumbersOutsideOnAlternatingFooters()
    {
        using var document = Open(Sample());
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.GetFirstChild<SectionProperties>()!;

        main.DocumentSettingsPart!.Settings.GetFirstChild<EvenAndOddHeaders>().ShouldNotBeNull();
        var references = section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => ((FooterPart)main.GetPartById(r.Id!)).Footer);
        var odd = references[HeaderFooterValues.Default].GetFirstChild<Paragraph>()!;
        var even = references[HeaderFooterValues.Even].GetFirstChild<Paragraph>()!;

        odd.ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Right);
        odd.ParagraphProperties.Indentation!.Right!.Value.ShouldBe("320");     // one character in
        even.ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Left);
        even.ParagraphProperties.Indentation!.Left!.Value.ShouldBe("320");
        foreach (var footer in new[] { odd, even })
        {
            footer.Descendants<FieldCode>().Single().Text.Trim().ShouldBe("PAGE");
            footer.Descendants<Text>().Select(t => t.Text).ShouldBe(["— ", "1", " —"]);
            footer.Descendants<RunProperties>().ShouldAllBe(r => r.RunFonts!.EastAsia == "宋体" && r.FontSize!.Val == "28");   // 4号
        }
    }

    [Fact]
    public void Write_Always_EndsWithTheIssuingGovernmentAndTheDateInChinese()
    {
        using var document = Open(Sample());

        var last = Paragraphs(document).TakeLast(2).ToList();

        last[0].InnerText.ShouldBe("小江镇人民政府");
        last[1].InnerText.ShouldBe("2023年1月13日");
        last.ShouldAllBe(p => p.ParagraphProperties!.Justification!.Val! == JustificationValues.Right);
        last[1].ParagraphProperties!.Indentation!.Right!.Value.ShouldBe("1280");   // date four characters in
    }

    [Fact]
    public void Write_WhenAPartHasSeveralLines_KeepsEveryLineAsItsOwnParagraph()
    {
        using var document = Open(Sample() with { Parts = ["第一段\n\n第二段", "二", "三", "四", "五"] });

        var texts = Paragraphs(document).Select(p => p.InnerText).ToList();

        texts.IndexOf("第二段").ShouldBe(texts.IndexOf("第一段") + 1);
        texts.IndexOf("二、存在的不足和原因").ShouldBe(texts.IndexOf("第二段") + 1);
    }
}
