using Fazhi.Modules.Leadership.Model;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Leadership.Figures;

internal sealed record LeadershipYearFigures(IReadOnlyDictionary<MeetingKind, int> Meetings, int WorkReportsHeard, int Statements, int CountyReports, int Tasks, int TasksDone, int TasksOnTime, bool Summarized)
{
    public static LeadershipYearFigures Empty { get; } = new(new Dictionary<MeetingKind, int>(), 0, 0, 0, 0, 0, 0, false);
}

/// <summary>The leadership records of a set of townships in a year, one grouped query per record type.</summary>
internal sealed class LeadershipFigures(FazhiDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, LeadershipYearFigures>> ForYearAsync(IReadOnlyCollection<Guid> townships, int year, CancellationToken ct)
    {
        var ids = townships.ToList();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var meetings = await db.Set<RuleOfLawMeeting>().AsNoTracking().Where(m => ids.Contains(m.TownshipId) && m.HeldOn >= first && m.HeldOn <= last)
            .GroupBy(m => new { m.TownshipId, m.Kind }).Select(g => new { g.Key.TownshipId, g.Key.Kind, Count = g.Count(), Reports = g.Count(m => m.HeardWorkReport) }).ToListAsync(ct);
        var statements = await db.Set<DutyStatement>().AsNoTracking().Where(d => ids.Contains(d.TownshipId) && d.Year == year)
            .GroupBy(d => d.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var reports = await db.Set<CountyReport>().AsNoTracking().Where(r => ids.Contains(r.TownshipId) && r.ReportedOn >= first && r.ReportedOn <= last)
            .GroupBy(r => r.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var plans = await db.Set<WorkPlan>().AsNoTracking().IgnoreAutoIncludes().Where(p => ids.Contains(p.TownshipId) && p.Year == year)
            .Select(p => new
            {
                p.TownshipId, Summarized = p.Summary != null, Tasks = p.Tasks.Count, Done = p.Tasks.Count(t => t.DoneOn != null),
                OnTime = p.Tasks.Count(t => t.DoneOn != null && t.DoneOn <= t.DueOn),
            }).ToListAsync(ct);
        // Looked up by township: scanning every row once per township grows with the square of the county (bench/Fazhi.Bench.Scale).
        var plansByTownship = plans.ToLookup(x => x.TownshipId);
        var meetingsByTownship = meetings.ToLookup(x => x.TownshipId);
        var statementsByTownship = statements.ToLookup(x => x.TownshipId);
        var reportsByTownship = reports.ToLookup(x => x.TownshipId);
        return ids.Distinct().ToDictionary(id => id, id =>
        {
            var plan = plansByTownship[id].FirstOrDefault();
            return new LeadershipYearFigures(
                meetingsByTownship[id].ToDictionary(m => m.Kind, m => m.Count),
                meetingsByTownship[id].Sum(m => m.Reports),
                statementsByTownship[id].FirstOrDefault()?.Count ?? 0,
                reportsByTownship[id].FirstOrDefault()?.Count ?? 0,
                plan?.Tasks ?? 0, plan?.Done ?? 0, plan?.OnTime ?? 0, plan?.Summarized ?? false);
        });
    }
}

/// <summary>
/// Part 三 (党政主要负责人履行推进法治建设第一责任人职责情况) in the seeds' style: 头营镇 “年初制定法治建设工作要点，年末进行
/// 总结，每季度听取法治建设工作专题汇报一次”.
/// </summary>
internal sealed class LeadershipIndicatorSource(LeadershipFigures figures) : IIndicatorSource
{
    public const string Module = "leadership";

    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.ForYearAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => Group(f.Value, year));

    public static IndicatorGroup Group(LeadershipYearFigures f, int year)
    {
        ArgumentNullException.ThrowIfNull(f);
        var page = $"/workspace/leadership?Year={year}";
        int Of(MeetingKind k) => f.Meetings.GetValueOrDefault(k);
        return new IndicatorGroup(Module, 5, "加强组织领导，亲自部署推进法治建设", "本年度", [
            Indicator.Count("leadership.party-committee", "党委会议研究法治建设", "次", Of(MeetingKind.PartyCommittee), "党委会议研究法治建设议题{0}", page),
            Indicator.Count("leadership.executive-meeting", "政府常务会议研究法治建设", "次", Of(MeetingKind.ExecutiveMeeting), "政府常务会议研究法治建设议题{0}", page),
            Indicator.Count("leadership.leading-group", "法治建设领导小组会议", "次", Of(MeetingKind.LeadingGroup), "召开法治建设领导小组会议{0}", page),
            Indicator.Count("leadership.thematic", "法治建设专题会议", "次", Of(MeetingKind.Thematic), "召开法治建设专题会议{0}", page),
            Indicator.Count("leadership.work-reports", "听取法治建设工作汇报", "次", f.WorkReportsHeard, "听取法治建设工作专题汇报{0}", page),
            Indicator.Count("leadership.duty-statements", "党政主要负责人述法", "人次", f.Statements, "党政主要负责人述法{0}", page),
            Indicator.Count("leadership.county-reports", "向县委、县政府报告法治建设情况", "次", f.CountyReports, "向县委、县政府报告法治建设情况{0}", page),
            Indicator.Count("leadership.plan-tasks", "法治建设工作要点任务", "项", f.Tasks, "年初制定法治建设工作要点，确定任务{0}", page),
            Indicator.Count("leadership.plan-tasks-done", "工作要点任务完成", "项", f.TasksDone, "已完成{0}", page),
            Indicator.Rate("leadership.plan-on-time-rate", "工作要点任务按期完成率", f.TasksOnTime, f.Tasks, "按期完成率{0}", page),
            Indicator.Count("leadership.summary", "年度工作总结", "", f.Summarized ? 1 : 0, "年末进行总结", page),
        ])
        {
            Part = ReportPart.Leadership,
        };
    }
}
