using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.Modules.Documents.Demo;

/// <summary>
/// A real DOCX for a demo document's 附件, written with OpenXml so that the demo files pass the same content check
/// (AttachmentSniffer) as a clerk's upload.
/// </summary>
internal static class DemoAnnex
{
    public static byte[] Docx(string title, IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(new RunProperties(new Bold()), new Text(title))));
            foreach (var line in lines)
            {
                body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
