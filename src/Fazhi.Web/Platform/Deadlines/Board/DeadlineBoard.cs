using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines.Rules;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Deadlines.Board;

/// <summary>What the 待办与预警 lists can be narrowed to.</summary>
internal sealed class DeadlineFilter
{
    /// <summary>A <see cref="DeadlineState"/> name, or "open" for every running deadline, or empty for all.</summary>
    public string? State { get; set; }

    public string? Module { get; set; }

    public string? Q { get; set; }

    public Guid? TownshipId { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>
    /// Only the township government's own duties: the county supervises what the township must do, not the periods
    /// of parties or the public (ADR 0016). Set by the county pages, never bound from the query string.
    /// </summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool GovernmentDutiesOnly { get; set; }
}

/// <summary>A deadline as the board shows it, with "days left" already counted in its kind for today.</summary>
internal sealed record DeadlineRow(
    Guid Id,
    string TownshipName,
    string RuleCode,
    string Title,
    DeadlineOwner Owner,
    string LegalBasis,
    string StartEvent,
    DateOnly StartDate,
    int Period,
    PeriodKind Kind,
    DateOnly DueDate,
    DeadlineState State,
    DateOnly? MetOn,
    bool CalendarUnconfirmed,
    string SubjectModule,
    string SubjectTitle,
    string SubjectUrl,
    int Extensions,
    int DaysLeft)
{
    public string StateLabel => DeadlineLabels.State(State, Owner);

    public string OwnerLabel => DeadlineLabels.Owner(Owner);

    public bool IsGovernmentDuty => Owner == DeadlineOwner.Government;

    /// <summary>How the period is described beside its rule: whose period it is when it is not the township's duty.</summary>
    public string OwnerNote => IsGovernmentDuty ? "" : $"{OwnerLabel}期间，期满后进入下一步骤";

    public string RowClass => State switch
    {
        DeadlineState.DueSoon => "table-warning due-soon",
        DeadlineState.Overdue => "table-danger overdue",
        DeadlineState.Pending or DeadlineState.Met or DeadlineState.MetLate or DeadlineState.Cancelled or DeadlineState.Elapsed => "",
        _ => "",
    };

    public string BadgeClass => State switch
    {
        DeadlineState.DueSoon => "text-bg-warning",
        DeadlineState.Overdue or DeadlineState.MetLate => "text-bg-danger",
        DeadlineState.Met => "text-bg-success",
        DeadlineState.Pending or DeadlineState.Cancelled or DeadlineState.Elapsed => "text-bg-secondary",
        _ => "text-bg-secondary",
    };

    public string PeriodText => $"{Period}{StateLabels.Kind(Kind)}";

    /// <summary>
    /// Days left on a government duty, or how long the township still waits on another owner's period; a period
    /// that is not the township's never reads 逾期 (it reads 期满 once it has run out).
    /// </summary>
    public string DaysLeftText => !IsGovernmentDuty
        ? State switch
        {
            DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue => DaysLeft < 0 ? $"{DueDate:yyyy-MM-dd} 期满"
                : DaysLeft == 0 ? $"等待{OwnerLabel}，今日期满" : $"等待{OwnerLabel}，剩 {DaysLeft} {DayUnit}",
            DeadlineState.Met or DeadlineState.MetLate => $"{MetOn:yyyy-MM-dd} {OwnerLabel}已完成",
            DeadlineState.Elapsed => $"{DueDate:yyyy-MM-dd} 期满",
            DeadlineState.Cancelled => "已撤销",
            _ => "",
        }
        : State switch
        {
            DeadlineState.Pending or DeadlineState.DueSoon => DaysLeft == 0 ? "今日到期" : $"剩 {DaysLeft} {DayUnit}",
            DeadlineState.Overdue => $"逾期 {-DaysLeft} {DayUnit}",
            DeadlineState.Met or DeadlineState.MetLate => $"{MetOn:yyyy-MM-dd} 办结",
            DeadlineState.Cancelled => "已撤销",
            DeadlineState.Elapsed => $"{DueDate:yyyy-MM-dd} 期满",
            _ => "",
        };

    private string DayUnit => Kind == PeriodKind.WorkingDays ? "个工作日" : "日";
}

/// <summary>The township government's own running duties by state; periods of parties or the public are not counted.</summary>
internal sealed record DeadlineCounts(int Overdue, int DueSoon, int Pending);

/// <summary>
/// How one township kept the deadlines that fell due in a period: met on time, met late, still overdue. The rate is
/// on-time over everything that fell due (cancelled deadlines do not count); null when nothing fell due.
/// </summary>
internal sealed record DeadlineCompliance(Guid TownshipId, string TownshipName, int Met, int MetLate, int Overdue)
{
    public int FellDue => Met + MetLate + Overdue;

    public decimal? OnTimeRate => FellDue == 0 ? null : Math.Round(100m * Met / FellDue, 1, MidpointRounding.AwayFromZero);
}

internal sealed record DeadlinePage(IReadOnlyList<DeadlineRow> Rows, int Total, int Page, int PageCount);

/// <summary>
/// The read side of the deadlines: the workspace dashboard, the full list, the county board and the Excel ledger.
/// Tenancy comes from the DbContext filter, so a clerk sees their township and the county its townships.
/// </summary>
internal sealed class DeadlineBoard(FazhiDbContext db, ICalendarProvider calendars, TimeProvider clock, Caching.StampedCache kept)
{
    public const int PageSize = 20;

    public static readonly IReadOnlyList<DeadlineState> OpenStates = [DeadlineState.Pending, DeadlineState.DueSoon, DeadlineState.Overdue];

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The county dashboard's window of deadline compliance: the twelve months up to today.</summary>
    public static (DateOnly From, DateOnly To) LastTwelveMonths(DateOnly today) => (today.AddYears(-1).AddDays(1), today);

    /// <summary>
    /// The readable townships' running government duties by state, each township's kept under its record stamp (ADR
    /// 0039): a state changes only by a save (the sweep's too), and a county of 2,000 townships has 100,000 running.
    /// </summary>
    public async Task<DeadlineCounts> CountsAsync(CancellationToken ct)
    {
        var townships = await TownshipsAsync(ct);
        var each = await kept.GetOrComputeEachAsync(nameof(CountsAsync), [.. townships.Select(t => t.Id)], unkept =>
            ByTownshipAsync(unkept, db.Set<Deadline>().Where(d => d.Owner == DeadlineOwner.Government
                    && (d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue)),
                of => new DeadlineCounts(of(DeadlineState.Overdue), of(DeadlineState.DueSoon), of(DeadlineState.Pending)), ct), ct);
        return new DeadlineCounts(each.Values.Sum(c => c.Overdue), each.Values.Sum(c => c.DueSoon), each.Values.Sum(c => c.Pending));
    }

    /// <summary>
    /// Per readable township, the deadlines whose due date lies in [<paramref name="from"/>, <paramref name="to"/>] by
    /// outcome; townships with none are listed with zeros so a dashboard shows every township. Each township's are kept
    /// under its record stamp (ADR 0039): a deadline met, extended or swept is a save that changes its township's
    /// stamp, and a county of 2,000 townships has some 100,000 deadlines falling due in a year.
    /// </summary>
    public async Task<IReadOnlyList<DeadlineCompliance>> ComplianceAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var townships = await TownshipsAsync(ct);
        var each = await kept.GetOrComputeEachAsync((nameof(ComplianceAsync), from, to), [.. townships.Select(t => t.Id)], unkept =>
            ByTownshipAsync(unkept, db.Set<Deadline>().Where(d => d.DueDate >= from && d.DueDate <= to
                    && (d.State == DeadlineState.Met || d.State == DeadlineState.MetLate || d.State == DeadlineState.Overdue)),
                of => new Outcomes(of(DeadlineState.Met), of(DeadlineState.MetLate), of(DeadlineState.Overdue)), ct), ct);
        return [.. townships.Select(t => new DeadlineCompliance(t.Id, t.Name, each[t.Id].Met, each[t.Id].MetLate, each[t.Id].Overdue))];
    }

    /// <summary>One township's deadlines that fell due in a period, by outcome (kept per township).</summary>
    private sealed record Outcomes(int Met, int MetLate, int Overdue);

    /// <summary>
    /// The <paramref name="deadlines"/> of each of <paramref name="townshipIds"/> counted by state in one grouped query,
    /// and made into each township's <typeparamref name="T"/> (a township with none gets zeros).
    /// </summary>
    private static async Task<IReadOnlyDictionary<Guid, T>> ByTownshipAsync<T>(
        IReadOnlyCollection<Guid> townshipIds, IQueryable<Deadline> deadlines, Func<Func<DeadlineState, int>, T> make, CancellationToken ct)
    {
        var counts = await deadlines.Where(d => townshipIds.Contains(d.TownshipId))
            .GroupBy(d => new { d.TownshipId, d.State })
            .Select(g => new { g.Key.TownshipId, g.Key.State, Count = g.Count() })
            .ToListAsync(ct);
        // A dictionary, not a scan of every count per township: a county of 2,000 townships has 6,000 counts.
        var byTownshipAndState = counts.ToDictionary(c => (c.TownshipId, c.State), c => c.Count);
        return townshipIds.ToDictionary(t => t, t => make(state => byTownshipAndState.GetValueOrDefault((t, state))));
    }

    public async Task<DeadlinePage> PageAsync(DeadlineFilter filter, CancellationToken ct)
    {
        var query = Query(filter);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        // What is still running comes first, soonest due first; what is closed follows, latest first. Ordered by due
        // date alone, years of deadlines met long ago (a plan's tasks, answered requests) filled the first pages and
        // pushed today's work out of sight.
        var ids = await query
            .OrderBy(d => d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue ? 0 : 1)
            .ThenBy(d => d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue ? d.DueDate : DateOnly.MaxValue)
            .ThenByDescending(d => d.DueDate).ThenBy(d => d.Title).ThenBy(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Select(d => d.Id).ToListAsync(ct);
        var rows = await RowsAsync(db.Set<Deadline>().Where(d => ids.Contains(d.Id)), ct);
        return new DeadlinePage(rows, total, page, pageCount);
    }

    public async Task<IReadOnlyList<DeadlineRow>> AllAsync(DeadlineFilter filter, CancellationToken ct) =>
        await RowsAsync(Query(filter), ct);

    public async Task<IReadOnlyList<string>> ModulesAsync(CancellationToken ct) =>
        await db.Set<Deadline>().Select(d => d.SubjectModule).Distinct().OrderBy(m => m).ToListAsync(ct);

    public async Task<List<(Guid Id, string Name)>> TownshipsAsync(CancellationToken ct)
    {
        var ids = db.Tenant.ReadableTownshipIds;
        var unrestricted = db.Tenant.IsUnrestricted;
        var townships = await db.Set<Township>().Where(t => unrestricted || ids.Contains(t.Id))
            .OrderBy(t => t.DivisionCode).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        return [.. townships.Select(t => (t.Id, t.Name))];
    }

    public async Task<DeadlineDetails?> DetailsAsync(Guid id, CancellationToken ct)
    {
        var deadline = await db.Set<Deadline>().AsNoTracking().Include(d => d.Extensions).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (deadline is null)
        {
            return null;
        }

        var row = (await RowsAsync(db.Set<Deadline>().Where(d => d.Id == id), ct)).Single();
        return new DeadlineDetails(row, deadline.WarnDaysBefore, deadline.CancelReason, [.. deadline.Extensions.OrderBy(e => e.ApprovedAt)]);
    }

    private IQueryable<Deadline> Query(DeadlineFilter filter)
    {
        var query = db.Set<Deadline>().AsNoTracking();
        if (string.Equals(filter.State, "open", StringComparison.OrdinalIgnoreCase))
        {
            query = query.Where(d => d.State == DeadlineState.Pending || d.State == DeadlineState.DueSoon || d.State == DeadlineState.Overdue);
        }
        else if (Enum.TryParse<DeadlineState>(filter.State, ignoreCase: true, out var state) && Enum.IsDefined(state))
        {
            query = query.Where(d => d.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.Module))
        {
            query = query.Where(d => d.SubjectModule == filter.Module);
        }

        if (filter.GovernmentDutiesOnly)
        {
            query = query.Where(d => d.Owner == DeadlineOwner.Government);
        }

        if (filter.TownshipId is { } townshipId)
        {
            query = query.Where(d => d.TownshipId == townshipId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(d => d.Title.Contains(q) || d.SubjectTitle.Contains(q) || d.LegalBasis.Contains(q) || d.RuleCode.Contains(q));
        }

        return query;
    }

    private async Task<List<DeadlineRow>> RowsAsync(IQueryable<Deadline> query, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var today = Today;
        var rows = await query
            .Join(db.Set<Township>(), d => d.TownshipId, t => t.Id, (d, t) => new { Deadline = d, Township = t.Name, Extensions = d.Extensions.Count })
            .ToListAsync(ct);
        return [.. rows.Select(r => new DeadlineRow(
            r.Deadline.Id, r.Township, r.Deadline.RuleCode, r.Deadline.Title, r.Deadline.Owner, r.Deadline.LegalBasis, r.Deadline.StartEvent,
            r.Deadline.StartDate, r.Deadline.Period, r.Deadline.Kind, r.Deadline.DueDate, r.Deadline.State, r.Deadline.MetOn,
            r.Deadline.CalendarUnconfirmed, r.Deadline.SubjectModule, r.Deadline.SubjectTitle, r.Deadline.SubjectUrl,
            r.Extensions, r.Deadline.DaysLeft(today, calendar)))
            .OrderBy(r => IsOpen(r.State) ? 0 : 1)
            .ThenBy(r => IsOpen(r.State) ? r.DueDate : DateOnly.MaxValue)
            .ThenByDescending(r => r.DueDate).ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Id)];
    }

    private static bool IsOpen(DeadlineState state) => OpenStates.Contains(state);
}

internal sealed record DeadlineDetails(DeadlineRow Row, int WarnDaysBefore, string? CancelReason, IReadOnlyList<DeadlineExtension> Extensions);

/// <summary>Model of the shared deadline table partial.</summary>
internal sealed record DeadlineTable(IReadOnlyList<DeadlineRow> Rows, bool ShowTownship, string? DetailsBase, string EmptyText);

/// <summary>Model of the shared filter form partial; townships only on the county board.</summary>
internal sealed record DeadlineFilterForm(DeadlineFilter Filter, IReadOnlyList<string> Modules, IReadOnlyList<(Guid Id, string Name)>? Townships);

/// <summary>Model of the pager partial: links keep the filters.</summary>
internal sealed record DeadlinePagerModel(DeadlinePage Result, DeadlineFilter Filter, string Path)
{
    public string Link(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["Filter.State"] = Filter.State,
            ["Filter.Module"] = Filter.Module,
            ["Filter.Q"] = Filter.Q,
            ["Filter.TownshipId"] = Filter.TownshipId?.ToString(),
            ["Filter.Page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Path, query);
    }
}
