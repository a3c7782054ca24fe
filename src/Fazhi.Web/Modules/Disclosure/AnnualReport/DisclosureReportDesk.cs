using System.Text.Json;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disclosure.AnnualReport;

/// <summary>What the approval and publication steps share: the report of a year, the deadline rule from the settings, today.</summary>
internal sealed class DisclosureReportDesk(FazhiDbContext db, IDeadlines deadlines, IOptions<DisclosureOptions> options, TimeProvider clock)
{
    public const string PublicationCode = "disclosure.annual-report";

    public FazhiDbContext Db => db;

    public IDeadlines Deadlines => deadlines;

    public DateOnly Today => ChinaTime.Today(clock);

    public DateOnly DueDate(int year) => options.Value.AnnualReportDueDate(year);

    public Task<DisclosureReport?> FindAsync(Guid townshipId, int year, CancellationToken ct) =>
        db.Set<DisclosureReport>().SingleOrDefaultAsync(r => r.TownshipId == townshipId && r.Year == year, ct);

    /// <summary>
    /// 第49条: the past year's report is published by the set date (default 31 January). Counted as a fixed date from
    /// 31 December; the warning covers the whole period, which is short.
    /// </summary>
    public DeadlineRule Publication(int year)
    {
        var start = new DateOnly(year, 12, 31);
        var days = DueDate(year).DayNumber - start.DayNumber;
        return new DeadlineRule(PublicationCode, $"{year}年度政府信息公开工作年度报告公布", DeadlineOwner.Government,
            $"《政府信息公开条例》第四十九条（{DueDate(year):M月d日}前向社会公布）", "报告年度结束", days, PeriodKind.FixedDate, WarnDaysBefore: days, RollOverRestDay: false);
    }

    public static DeadlineSubject Subject(Guid townshipId, string townshipName, int year) =>
        new("disclosure", nameof(DisclosureReport), DisclosureReport.IdFor(townshipId, year), $"{townshipName}{year}年政府信息公开工作年度报告",
            $"/workspace/disclosure/annual-report?Year={year}");

    public static string SerializeTables(IReadOnlyList<ReportTable> tables) => JsonSerializer.Serialize(tables);

    public static IReadOnlyList<ReportTable> Tables(DisclosureReport report) => JsonSerializer.Deserialize<List<ReportTable>>(report.TablesJson) ?? [];

    public Task<string> TownshipNameAsync(Guid townshipId, CancellationToken ct) =>
        db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.Name).SingleAsync(ct);
}

/// <summary>
/// The duty to publish exists whether or not anyone drafted the report: from 1 January the sweep puts the past year's
/// report on every township's board (once; not where it is already published).
/// </summary>
internal sealed class DisclosureReportDeadlineSource(DisclosureReportDesk desk) : ICalendarDeadlineSource
{
    public async Task OpenDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var year = today.Year - 1;
        var db = desk.Db;
        var townships = await db.Set<Township>().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var subjects = townships.ToDictionary(t => DisclosureReport.IdFor(t.Id, year));
        var keys = subjects.Keys.ToList();
        var opened = await db.Set<Deadline>().Where(d => d.RuleCode == DisclosureReportDesk.PublicationCode && keys.Contains(d.SubjectId)).Select(d => d.SubjectId).ToListAsync(cancellationToken);
        var published = await db.Set<DisclosureReport>().Where(r => r.Year == year && r.PublishedOn != null).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var (subjectId, township) in subjects)
        {
            if (!opened.Contains(subjectId) && !published.Contains(subjectId))
            {
                await desk.Deadlines.OpenAsync(desk.Publication(year), township.Id, DisclosureReportDesk.Subject(township.Id, township.Name, year), new DateOnly(year, 12, 31), cancellationToken);
            }
        }
    }
}

/// <summary>The report's state as the API answers it.</summary>
internal sealed record DisclosureReportResponse(Guid Id, int Year, string Title, DateOnly ApprovedOn, string ApprovedBy, DateOnly? PublishedOn, DateOnly DueDate, string PortalUrl)
{
    public static DisclosureReportResponse From(DisclosureReport r, DisclosureReportDesk desk) =>
        new(r.Id, r.Year, r.Title, r.ApprovedOn, r.ApprovedBy, r.PublishedOn, desk.DueDate(r.Year), $"/disclosure/annual-reports/{r.Year}");
}
