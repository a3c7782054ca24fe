using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fazhi.Modules.Reports.Drafting;

namespace Fazhi.Modules.Reports.Layout;

/// <summary>
/// Lays a report out as a party and government document per GB/T 9704-2012 (党政机关公文格式): A4, margins
/// 37/35/28/26 mm (type area 156 × 225 mm), 22 lines of 28 characters, title in 2号 小标宋, body in 3号 仿宋_GB2312,
/// level-1 headings in 黑体, level-2 in 楷体_GB2312, page numbers “— 1 —” in 4号 宋体, outside and alternating
/// (odd pages right, even pages left, one character in), issuing government and date at the end.
/// </summary>
/// <remarks>
/// The 28 × 22 layout is written as exact measures, not as Word's document grid (w:docGrid linesAndChars): LibreOffice,
/// which makes the PDF, reads that grid as 18 widely spaced characters and about 20 lines a page (ADR 0009). Exact
/// line spacing of 225 mm / 22 and characters condensed so that 28 fit 156 mm give the same page in Word and in
/// LibreOffice, and therefore in the PDF.
/// </remarks>
internal static class OfficialDocxWriter
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string Heading1Font = "黑体";
    public const string Heading2Font = "楷体_GB2312";
    public const string PageNumberFont = "宋体";

    // Half-points: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt.
    public const int TitleSize = 44;
    public const int BodySize = 32;
    public const int PageNumberSize = 28;

    // Twentieths of a point (twips); 1 mm = 1440 / 25.4 twips.
    public const int PageWidth = 11906;   // 210 mm
    public const int PageHeight = 16838;  // 297 mm
    public static readonly int MarginTop = Twips(37);
    public static readonly int MarginBottom = Twips(35);
    public static readonly int MarginLeft = Twips(28);
    public static readonly int MarginRight = Twips(26);

    public const int LinesPerPage = 22;
    public const int CharactersPerLine = 28;

    /// <summary>Type area (版心) width, 156 mm.</summary>
    public static readonly int TypeWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Type area (版心) height, 225 mm.</summary>
    public static readonly int TypeHeight = PageHeight - MarginTop - MarginBottom;

    /// <summary>Exact line spacing of every line of the text: 225 mm divided into 22 lines (28.95 pt).</summary>
    public static readonly int LinePitch = TypeHeight / LinesPerPage;

    /// <summary>
    /// Character spacing (w:spacing, twips, negative = condensed) of the 16 pt text: 28 characters of 16 pt are 158 mm,
    /// 2 mm wider than the type area, so each is condensed by 0.25 pt (rounded down to whole twips so the 28th still fits).
    /// </summary>
    public static readonly int CharacterSpacing = (int)Math.Floor(TypeWidth / (double)CharactersPerLine - BodySize * 10);

    /// <summary>One character of the text (16 pt), the unit of indents (GB/T 9704 §5.2.1 字).</summary>
    public const int OneCharacter = BodySize * 10;

    /// <summary>Exact height of the page-number line (4号, 14 pt).</summary>
    public const int PageNumberLine = PageNumberSize * 10;

    /// <summary>
    /// From the page's lower edge to the page-number line: its dashes (一字线), in the middle of the line, sit 7 mm under
    /// the type area (GB/T 9704 §7.5).
    /// </summary>
    public static readonly int FooterDistance = MarginBottom - Twips(7) - PageNumberLine / 2;

    public static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static byte[] Write(ReportText report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            AddStyles(main);
            AddSettings(main);
            var oddFooter = AddFooter(main, JustificationValues.Right, new Indentation { Right = OneCharacter.ToString(CultureInfo.InvariantCulture) });
            var evenFooter = AddFooter(main, JustificationValues.Left, new Indentation { Left = OneCharacter.ToString(CultureInfo.InvariantCulture) });

            var body = new Body();
            body.Append(TitleParagraph(report.Title));
            body.Append(BodyParagraph("", indent: false));
            foreach (var line in ReportText.Lines(report.Preamble))
            {
                body.Append(BodyParagraph(line));
            }

            for (var i = 0; i < ReportText.PartHeadings.Count; i++)
            {
                body.Append(HeadingParagraph(ReportText.PartHeadings[i], Heading1Font, "Heading1"));
                var text = i < report.Parts.Count ? report.Parts[i] : "";
                foreach (var line in ReportText.Lines(text))
                {
                    body.Append(ReportText.IsSubheading(line) ? HeadingParagraph(line, Heading2Font, "Heading2") : BodyParagraph(line));
                }
            }

            // 发文机关署名 and 成文日期 (GB/T 9704 §7.3.5.1): one blank line after the text, date right-aligned four
            // characters in, the issuer centred over the date.
            body.Append(BodyParagraph("", indent: false));
            var date = ChineseDate(report.IssuedOn);
            body.Append(SignatureParagraph(report.Issuer, 4 * OneCharacter + Math.Max(0, (date.Length - report.Issuer.Length) * OneCharacter / 2)));
            body.Append(SignatureParagraph(date, 4 * OneCharacter));
            body.Append(SectionProperties(main.GetIdOfPart(oddFooter), main.GetIdOfPart(evenFooter)));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static SectionProperties SectionProperties(string oddFooterId, string evenFooterId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
        new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight },
        new PageMargin
        {
            Top = MarginTop,
            Bottom = MarginBottom,
            Left = (UInt32Value)(uint)MarginLeft,
            Right = (UInt32Value)(uint)MarginRight,
            Header = (UInt32Value)(uint)Twips(15),
            Footer = (UInt32Value)(uint)FooterDistance,
            Gutter = 0U,
        });

    private static Paragraph TitleParagraph(string title) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = "Title" },
            new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
            new Justification { Val = JustificationValues.Center }),
        TextRun(title, TitleFont, TitleSize));

    private static Paragraph HeadingParagraph(string text, string font, string style) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = style },
            new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
            new Indentation { FirstLine = (2 * OneCharacter).ToString(CultureInfo.InvariantCulture) }),
        TextRun(text, font, BodySize));

    private static Paragraph BodyParagraph(string text, bool indent = true)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
            new Indentation { FirstLine = (indent ? 2 * OneCharacter : 0).ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = JustificationValues.Both });
        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text, BodyFont, BodySize));
        }

        return paragraph;
    }

    private static Paragraph SignatureParagraph(string text, int rightIndent) => new(
        new ParagraphProperties(
            new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Right = rightIndent.ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = JustificationValues.Right }),
        TextRun(text, BodyFont, BodySize));

    /// <summary>A run of text; the 16 pt text is condensed to the 28-character line, larger and smaller sizes are not.</summary>
    private static Run TextRun(string text, string font, int halfPoints) => new(
        new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia },
            new Spacing { Val = halfPoints == BodySize ? CharacterSpacing : 0 },
            new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }),
        new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static FooterPart AddFooter(MainDocumentPart main, JustificationValues side, Indentation indentation)
    {
        var part = main.AddNewPart<FooterPart>();
        Run NumberRun(OpenXmlElement content) => new(
            new RunProperties(
                new RunFonts { Ascii = PageNumberFont, HighAnsi = PageNumberFont, EastAsia = PageNumberFont },
                new Spacing { Val = 0 },
                new FontSize { Val = PageNumberSize.ToString(CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = PageNumberSize.ToString(CultureInfo.InvariantCulture) }),
            content);
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Line = PageNumberLine.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
                indentation,
                new Justification { Val = side }),
            NumberRun(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            NumberRun(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            NumberRun(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            NumberRun(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            NumberRun(new Text("1")),
            NumberRun(new FieldChar { FieldCharType = FieldCharValues.End }),
            NumberRun(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        part.Footer.Save();
        return part;
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        // Different footers on odd and even pages: the page number stays on the outside edge (GB/T 9704 §7.5).
        // Punctuation keeps its full width (no compression), or lines would take a 29th character. Schema order matters to Word.
        settings.Settings = new Settings(
            new DefaultTabStop { Val = OneCharacter },
            new EvenAndOddHeaders(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        settings.Settings.Save();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = BodyFont },
                    new Spacing { Val = CharacterSpacing },
                    new FontSize { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                // No widow or orphan control: every page holds its 22 lines, as GB/T 9704 counts them.
                // w:overflowPunct is Word's default (true), written out for LibreOffice, which reads it inverted
                // (hanging = value is 0) and so sets no punctuation in the margin; with hanging on, LibreOffice 7.4
                // leaves a comma hung after the 28th character of a justified line out of the PDF. The line before
                // such a mark then gives it its last character (27 characters, spread), as Chinese line breaking does.
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new WidowControl { Val = false },
                    new OverflowPunctuation { Val = true },
                    new SpacingBetweenLines { Before = "0", After = "0", Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new OutlineLevel { Val = 0 })) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(new StyleName { Val = "heading 2" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new OutlineLevel { Val = 1 })) { Type = StyleValues.Paragraph, StyleId = "Heading2" });
        styles.Styles.Save();
    }
}
