using Fazhi.Modules.Reports.Drafting;
using Fazhi.Modules.Reports.Pdf;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Reports.Pages;

/// <summary>The pages of a version as they print: DOCX → PDF (LibreOffice) → PNG (pdftoppm), shown in the browser.</summary>
internal sealed class PreviewModel(FazhiDbContext db, ReportWorkflow workflow, PdfEngine pdf) : PageModel
{
    public int Year { get; private set; }

    public AnnualReportVersion Version { get; private set; } = null!;

    public IReadOnlyList<string> Pages { get; private set; } = [];

    public string? Problem { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, int? v, CancellationToken ct)
    {
        var report = await workflow.FindAsync(db.Tenant.TownshipId!.Value, year, ct);
        var version = report is null ? null : v is { } n ? report.Versions.SingleOrDefault(x => x.Number == n) : report.Latest;
        if (version is null)
        {
            return NotFound();
        }

        Year = year;
        Version = version;
        var converted = await pdf.ConvertAsync(ReportWorkflow.Layout(version), ct);
        Elapsed = converted.Elapsed;
        if (converted.Pdf is null)
        {
            Problem = converted.Problem;
            return Page();
        }

        var images = await pdf.RenderPagesAsync(converted.Pdf, 60, ct);
        Pages = [.. images.Select(png => "data:image/png;base64," + Convert.ToBase64String(png))];
        if (Pages.Count == 0)
        {
            Problem = "未找到 pdftoppm（poppler-utils），无法生成页面图片；可直接下载 PDF 查看。" + PdfEngine.InstallHint;
        }

        return Page();
    }
}
