using Fazhi.Modules.Disclosure.AnnualReport;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.County;

/// <summary>One township's 政府信息公开工作年度报告 as the county sees it.</summary>
internal sealed record CountyReportRow(string Township, string DivisionCode, DateOnly? ApprovedOn, DateOnly? PublishedOn, bool Overdue)
{
    public string State => PublishedOn is not null ? (Overdue ? "逾期公布" : "已公布") : Overdue ? "逾期未公布" : ApprovedOn is not null ? "已审定，未公布" : "未公布";
}

/// <summary>
/// The county's view of its townships' disclosure annual reports for a year (第49条: published by the set date): each
/// township published, not yet, or overdue. One query for the reports; the tenant filter limits both to the county.
/// </summary>
internal sealed class CountyDisclosureReportsPage(FazhiDbContext db, DisclosureReportDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public DateOnly DueDate { get; private set; }

    public IReadOnlyList<CountyReportRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = desk.Today;
        var year = Year is { } y && y is >= 2019 and <= 2100 ? y : today.Year - 1;
        Year = year;
        DueDate = desk.DueDate(year);
        var townships = await db.Set<Township>().AsNoTracking().OrderBy(t => t.DivisionCode).Select(t => new { t.Id, t.Name, t.DivisionCode }).ToListAsync(ct);
        var reports = await db.Set<DisclosureReport>().AsNoTracking().Where(r => r.Year == year)
            .Select(r => new { r.TownshipId, r.ApprovedOn, r.PublishedOn }).ToDictionaryAsync(r => r.TownshipId, ct);
        Rows = townships.Select(t =>
        {
            var r = reports.GetValueOrDefault(t.Id);
            var overdue = r?.PublishedOn is { } p ? p > DueDate : today > DueDate;
            return new CountyReportRow(t.Name, t.DivisionCode, r?.ApprovedOn, r?.PublishedOn, overdue);
        }).ToList();
    }
}
