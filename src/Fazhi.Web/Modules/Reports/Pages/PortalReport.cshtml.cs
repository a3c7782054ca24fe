using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Caching;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Pages;

/// <summary>
/// A published annual report on the portal, with its disclosure metadata (索引号, 发布机构, 成文日期, 公开方式,
/// 有效性) and the DOCX and PDF files exactly as published. Unpublished reports answer 404.
/// </summary>
[OutputCache(PolicyName = PortalOutputCache.Policy)]
internal sealed class PortalReportModel(FazhiDbContext db) : PageModel
{
    public AnnualReport Report { get; private set; } = null!;

    public AnnualReportVersion Version { get; private set; } = null!;

    public string Code { get; private set; } = "";

    public string TownshipName { get; private set; } = "";

    public List<ReportFileKind> FileKinds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int year, CancellationToken ct) =>
        await LoadAsync(code, year, ct) ? Page() : NotFound();

    public Task<IActionResult> OnGetDocxAsync(string code, int year, CancellationToken ct) =>
        FileAsync(code, year, ReportFileKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", ct);

    public Task<IActionResult> OnGetPdfAsync(string code, int year, CancellationToken ct) =>
        FileAsync(code, year, ReportFileKind.Pdf, "application/pdf", "pdf", ct);

    private async Task<IActionResult> FileAsync(string code, int year, ReportFileKind kind, string contentType, string extension, CancellationToken ct)
    {
        if (!await LoadAsync(code, year, ct))
        {
            return NotFound();
        }

        var content = await db.Set<AnnualReportFile>()
            .Where(f => f.ReportId == Report.Id && f.Kind == kind && f.VersionNumber == Version.Number)
            .Select(f => f.Content).FirstOrDefaultAsync(ct);
        return content is null ? NotFound() : File(content, contentType, $"{Version.Title}.{extension}");
    }

    private async Task<bool> LoadAsync(string code, int year, CancellationToken ct)
    {
        var township = await db.Set<Township>().AsNoTracking().Where(t => t.DivisionCode == code).Select(t => new { t.Id, t.Name }).SingleOrDefaultAsync(ct);
        var report = township is null ? null : await db.Published<AnnualReport>().AsNoTracking().SingleOrDefaultAsync(r => r.TownshipId == township.Id && r.Year == year, ct);
        if (report?.Approved is null)
        {
            return false;
        }

        Report = report;
        Version = report.Approved;
        Code = code;
        TownshipName = township!.Name;
        FileKinds = await db.Set<AnnualReportFile>().Where(f => f.ReportId == report.Id && f.VersionNumber == Version.Number)
            .Select(f => f.Kind).ToListAsync(ct);
        return true;
    }
}
