using Fazhi.Modules.Reports.Drafting;
using Fazhi.Modules.Reports.Pdf;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Reports.Pages;

/// <summary>
/// The pages of a version as they print (版面预览). Rendering runs once per laid-out version (<see cref="PagePreviews"/>);
/// the page then lists the images, which the browser fetches from the Image handler.
/// </summary>
internal sealed class PreviewModel(FazhiDbContext db, ReportWorkflow workflow, PagePreviews previews) : PageModel
{
    public int Year { get; private set; }

    public AnnualReportVersion Version { get; private set; } = null!;

    public PagePreview Preview { get; private set; } = null!;

    public string Key { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int year, int? v, CancellationToken ct)
    {
        var version = await FindAsync(year, v, ct);
        if (version is null)
        {
            return NotFound();
        }

        Year = year;
        Version = version;
        Key = PagePreviews.KeyOf(version.ToText());
        Preview = await previews.RenderAsync(Key, () => ReportWorkflow.Layout(version), ct);
        return Page();
    }

    /// <summary>
    /// One page image of this township's version <paramref name="v"/>; the URL names the exact text and layout through
    /// <paramref name="key"/>, so the image never changes and the browser may keep it.
    /// </summary>
    public async Task<IActionResult> OnGetImageAsync(int year, int v, string key, int n, CancellationToken ct)
    {
        var version = await FindAsync(year, v, ct);
        if (version is null || PagePreviews.KeyOf(version.ToText()) != key)
        {
            return NotFound();
        }

        var png = await previews.PageAsync(key, n, ct);
        if (png is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return File(png, "image/png");
    }

    private async Task<AnnualReportVersion?> FindAsync(int year, int? v, CancellationToken ct)
    {
        var report = await workflow.FindAsync(db.Tenant.TownshipId!.Value, year, ct);
        return report is null ? null : v is { } n ? report.Versions.SingleOrDefault(x => x.Number == n) : report.Latest;
    }
}
