using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.Modules.Disputes.Writs;

/// <summary>
/// Writes a writ as WordprocessingML in code, line by line, in the shape of a party and government document (GB/T 9704):
/// A4 with the standard margins, title in 2号 小标宋, body in 3号 仿宋_GB2312 indented two characters, headings in 黑体,
/// number, issuer and date right-aligned. Writs are generated, not filled from binary templates, so that their wording
/// lives in reviewed code next to the article of law it follows.
/// </summary>
internal sealed class WritDocument
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const int TitleSize = 44; // half-points: 2号
    private const int BodySize = 32;  // 3号

    private readonly List<Paragraph> paragraphs = [];

    public WritDocument Title(string text) => Add(text, JustificationValues.Center, indent: false, TitleFont, TitleSize);

    public WritDocument Number(string text) => Add(text, JustificationValues.Right, indent: false, BodyFont, BodySize);

    public WritDocument Heading(string text) => Add(text, null, indent: false, HeadingFont, BodySize);

    /// <summary>A flush-left line (salutation, list of parties, signature lines); line breaks make several lines.</summary>
    public WritDocument Line(string text) => AddLines(text, null, indent: false);

    /// <summary>Body text, first line indented two characters; line breaks make several paragraphs.</summary>
    public WritDocument Text(string text) => AddLines(text, null, indent: true);

    public WritDocument Right(string text) => Add(text, JustificationValues.Right, indent: false, BodyFont, BodySize);

    public byte[] ToDocx(string title)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = title;
            package.PackageProperties.Creator = "Fazhi";
            var main = package.AddMainDocumentPart();
            var body = new Body();
            foreach (var paragraph in paragraphs)
            {
                body.Append(paragraph.CloneNode(deep: true));
            }

            // A4; margins 37 mm top, 35 bottom, 28 left, 26 right (GB/T 9704 §5.2.2).
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The text of a writ, one line per paragraph (what a reader of the printed page sees).</summary>
    public static string TextOf(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
    }

    private WritDocument AddLines(string text, JustificationValues? justification, bool indent)
    {
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            Add(line, justification, indent, BodyFont, BodySize);
        }

        return this;
    }

    private WritDocument Add(string text, JustificationValues? justification, bool indent, string font, int size)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (justification is { } j)
        {
            properties.Append(new Justification { Val = j });
        }

        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200, FirstLine = "640" });
        }

        var runProperties = new RunProperties(
            new RunFonts { Ascii = font, EastAsia = font, HighAnsi = font },
            new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        paragraphs.Add(new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }
}
