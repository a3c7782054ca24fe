using System.Globalization;
using System.Security.Cryptography;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Reports.Pdf;

/// <summary>The rendered pages of one report version, or why there are none.</summary>
internal sealed record PagePreview(int PageCount, string? Problem, TimeSpan Elapsed, bool FromCache);

/// <summary>
/// 版面预览 of a report version: DOCX → PDF (LibreOffice) → PNG pages (pdftoppm), rendered once and kept under
/// <c>{DataFolder}/previews/&lt;key&gt;/page-N.png</c>. The key is the SHA-256 of the version's text and of the build of the
/// layout code (the DOCX itself is not byte-stable: its zip entries carry the time they were written), so an unchanged
/// version is served from the folder in milliseconds and any change to its text or to the layout renders afresh. Pages are
/// drawn at <see cref="Resolution"/> dpi: an A4 page is then about 830 px wide, the size at which 仿宋 body text stays
/// legible in the thumbnail grid.
/// </summary>
internal sealed class PagePreviews(PdfEngine pdf, FazhiStorageOptions storage)
{
    public const int Resolution = 100;

    private const string Done = "pages.txt";

    private string Root => Path.Combine(storage.DataFolder, "previews");

    private static readonly string LayoutBuild = typeof(Layout.OfficialDocxWriter).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string KeyOf(Drafting.ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new[] { LayoutBuild, text.Title, text.Preamble, text.Issuer, text.IssuedOn.ToString("O", CultureInfo.InvariantCulture) }.Concat(text.Parts);
        // Each field is length-prefixed, so no two different texts join to the same string.
        var canonical = string.Concat(parts.Select(p => p.Length.ToString(CultureInfo.InvariantCulture) + ":" + p));
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)));
    }

    public async Task<PagePreview> RenderAsync(string key, Func<byte[]> layout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var folder = Path.Combine(Root, key);
        var cached = await CachedCountAsync(folder, ct);
        if (cached is { } count)
        {
            return new PagePreview(count, null, TimeSpan.Zero, FromCache: true);
        }

        var converted = await pdf.ConvertAsync(layout(), ct);
        if (converted.Pdf is null)
        {
            return new PagePreview(0, converted.Problem, converted.Elapsed, FromCache: false);
        }

        var pages = await pdf.RenderPagesAsync(converted.Pdf, Resolution, ct);
        if (pages.Count == 0)
        {
            return new PagePreview(0, "未找到 pdftoppm（poppler-utils），无法生成页面图片；可直接下载 PDF 查看。" + PdfEngine.InstallHint, converted.Elapsed, FromCache: false);
        }

        // Written to a fresh folder and moved into place, so a reader never sees half a preview.
        var temp = Path.Combine(Root, "tmp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        for (var i = 0; i < pages.Count; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(temp, PageFile(i + 1)), pages[i], ct);
        }

        await File.WriteAllTextAsync(Path.Combine(temp, Done), pages.Count.ToString(CultureInfo.InvariantCulture), ct);
        try
        {
            Directory.Move(temp, folder);
        }
        catch (IOException)
        {
            // Another request rendered the same version first; its pages are identical.
            Directory.Delete(temp, recursive: true);
        }

        return new PagePreview(pages.Count, null, converted.Elapsed, FromCache: false);
    }

    /// <summary>One rendered page (1-based) of a preview made by <see cref="RenderAsync"/>, or null.</summary>
    public async Task<byte[]?> PageAsync(string key, int page, CancellationToken ct)
    {
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigitLower) || page < 1)
        {
            return null;
        }

        var file = Path.Combine(Root, key, PageFile(page));
        return File.Exists(file) ? await File.ReadAllBytesAsync(file, ct) : null;
    }

    private static string PageFile(int page) => $"page-{page.ToString(CultureInfo.InvariantCulture)}.png";

    private static async Task<int?> CachedCountAsync(string folder, CancellationToken ct)
    {
        var done = Path.Combine(folder, Done);
        return File.Exists(done) && int.TryParse(await File.ReadAllTextAsync(done, ct), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
    }
}
