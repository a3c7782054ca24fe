using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.Modules.Disputes.Writs;

/// <summary>
/// Fills a DOCX template: every paragraph whose text holds {{名称}} placeholders gets them replaced; a value with line
/// breaks becomes one paragraph per line, each keeping the paragraph's and its first run's formatting. A placeholder
/// without a value is left visible ({{名称}}), so a template with a misspelt name shows it instead of losing text.
/// </summary>
internal static partial class DocxTemplate
{
    public static byte[] Fill(byte[] template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        using var stream = new MemoryStream();
        stream.Write(template);
        stream.Position = 0;
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("模板不是有效的 Word 文档（缺少正文）。");
            foreach (var paragraph in body.Descendants<Paragraph>().ToList())
            {
                var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));
                if (!text.Contains("{{", StringComparison.Ordinal))
                {
                    continue;
                }

                var filled = Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
                var lines = filled.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
                SetText(paragraph, lines[0]);
                var after = paragraph;
                foreach (var line in lines.Skip(1))
                {
                    var copy = (Paragraph)paragraph.CloneNode(deep: true);
                    SetText(copy, line);
                    after.InsertAfterSelf(copy);
                    after = copy;
                }
            }

            document.MainDocumentPart!.Document!.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The text of a filled document, one line per paragraph (for tests and previews).</summary>
    public static string TextOf(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
    }

    private static void SetText(Paragraph paragraph, string text)
    {
        var runs = paragraph.Elements<Run>().ToList();
        var first = runs.FirstOrDefault();
        foreach (var run in runs.Skip(1))
        {
            run.Remove();
        }

        if (first is null)
        {
            paragraph.AppendChild(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            return;
        }

        first.RemoveAllChildren<Text>();
        first.AppendChild(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    [GeneratedRegex(@"\{\{([^{}]+)\}\}")]
    private static partial Regex Placeholder();
}
