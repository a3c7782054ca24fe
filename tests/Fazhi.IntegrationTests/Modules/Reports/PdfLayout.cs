using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Fazhi.IntegrationTests.Modules.Reports;

/// <summary>
/// One printed line of a PDF page, as a reader sees it: the letters sharing a baseline, measured in millimetres from the
/// page's top-left corner (GB/T 9704 measures its margins that way).
/// </summary>
public sealed record PdfLine(int Page, double Baseline, IReadOnlyList<Letter> Letters, double PageHeight)
{
    public string Text => string.Concat(Letters.Select(l => l.Value));

    /// <summary>Where the first character's cell begins (its origin on the baseline).</summary>
    public double Start => PdfLayout.Mm(Letters[0].StartBaseLine.X);

    /// <summary>The largest type size on the line, in points.</summary>
    public double Size => Letters.Max(l => Math.Round(l.PointSize, 1));

    public IReadOnlyList<string> Fonts => [.. Letters.Select(l => PdfLayout.FaceName(l.FontName)).Distinct(StringComparer.Ordinal)];

    /// <summary>The characters whose cell begins before <paramref name="edge"/> (a punctuation mark hung past the edge is not counted).</summary>
    public int CharactersStartingBefore(double edge) => Letters.Count(l => PdfLayout.Mm(l.StartBaseLine.X) < edge);

    /// <summary>Top of the visible ink of a letter, from the top of the page.</summary>
    public double InkTop(Letter letter) => PageHeight - PdfLayout.Mm(letter.BoundingBox.Top);

    public static double InkLeft(Letter letter) => PdfLayout.Mm(letter.BoundingBox.Left);

    public static double InkRight(Letter letter) => PdfLayout.Mm(letter.BoundingBox.Right);

    public override string ToString() => $"第{Page}页 基线{Baseline:F1}mm 起{Start:F1}mm {Size}pt {string.Join('|', Fonts)} “{Text}”";
}

/// <summary>Reads a PDF's pages into printed lines with PdfPig, for checks against GB/T 9704-2012.</summary>
public static class PdfLayout
{
    public static double Mm(double points) => points / 72 * 25.4;

    /// <summary>The face without the subset prefix: <c>BAAAAA+NotoSerifCJKjp-Bold-VKana</c> → <c>NotoSerifCJKjp-Bold-VKana</c>.</summary>
    public static string FaceName(string? fontName) =>
        fontName is { } name && name.IndexOf('+', StringComparison.Ordinal) is var plus and >= 0 ? name[(plus + 1)..] : fontName ?? "";

    /// <summary>The lines of every page, top to bottom; blank letters (spaces) are left out.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfLine>> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<IReadOnlyList<PdfLine>>();
        foreach (var page in document.GetPages())
        {
            var height = Mm(page.Height);
            var lines = new List<PdfLine>();
            var current = new List<Letter>();
            double? baseline = null;
            // Letters within half a millimetre of each other's baseline are one line (mixed faces share a baseline).
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => height - Mm(l.StartBaseLine.Y)))
            {
                var y = height - Mm(letter.StartBaseLine.Y);
                if (baseline is { } b && y - b > 0.5)
                {
                    lines.Add(new PdfLine(page.Number, b, [.. current.OrderBy(l => l.StartBaseLine.X)], height));
                    current.Clear();
                }

                baseline = current.Count == 0 ? y : baseline;
                current.Add(letter);
            }

            if (current.Count > 0)
            {
                lines.Add(new PdfLine(page.Number, baseline!.Value, [.. current.OrderBy(l => l.StartBaseLine.X)], height));
            }

            pages.Add(lines);
        }

        return pages;
    }
}
