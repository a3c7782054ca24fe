using Fazhi.Modules.Leadership.AddPlanTask;
using Fazhi.Modules.Leadership.AdoptWorkPlan;
using Fazhi.Modules.Leadership.CompletePlanTask;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Modules.Leadership.RecordCountyReport;
using Fazhi.Modules.Leadership.RecordDutyStatement;
using Fazhi.Modules.Leadership.RecordMeeting;
using Fazhi.Modules.Leadership.WriteSummary;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Leadership.Demo;

/// <summary>
/// The first-responsible-person records the seeds describe, through the module's handlers on the day each happened:
/// 头营镇 2022 “年初制定法治建设工作要点，年末进行总结，每季度听取法治建设工作专题汇报一次”; 小江镇 2022 the Party secretary
/// “多次主持召开班子会议”; 太霞乡 2022 the leading group of 隆正雄 and 敬春梅; 河市镇 2024 “镇主要领导参与法治建设专题工作会”.
/// Each township also has this year's 工作要点 with tasks on the board (one overdue, one due soon, the rest done).
/// </summary>
internal sealed class LeadershipDemoSeeder : IStartupSeeder
{
    public int Order => 410;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var today = Platform.Time.ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var townships = await db.Set<Township>().AsNoTracking().ToListAsync(cancellationToken);
        foreach (var (key, code, year, secretary, head) in new[]
        {
            ("touying", "990100103000", 2022, "海建军", "马文斌"),
            ("taixia", "990100102000", 2022, "隆正雄", "敬春梅"),
            ("heshi", "990100104000", 2024, "刘志刚", "陈立新"),
            ("xiaojiang", "990100101000", 2022, "张开斌", "黄德胜"),
        })
        {
            var township = townships.Single(t => t.DivisionCode == code);
            var seed = new Seed(services, township, key, today);
            await seed.YearAsync(year, secretary, head, key == "touying", cancellationToken);
            await seed.ThisYearAsync(cancellationToken);
        }
    }

    private sealed class Seed(IServiceProvider services, Township township, string key, DateOnly today)
    {
        private Actor Clerk => Actor.For($"{key}.clerk", $"{township.Name}法制员", township.Id, Roles.LegalClerk);

        /// <summary>A handler as of the day the step happened; one that reads no clock (the request carries its dates) is built as it is.</summary>
        private T On<T>(DateOnly day) where T : notnull =>
            typeof(T).GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(TimeProvider)))
                ? new SeedClock().Set(day).Create<T>(services)
                : ActivatorUtilities.CreateInstance<T>(services);

        public async Task YearAsync(int year, string secretary, string head, bool quarterly, CancellationToken ct)
        {
            var meetings = quarterly
                ? new[] { (3, MeetingKind.PartyCommittee, "听取一季度法治建设工作专题汇报"), (6, MeetingKind.PartyCommittee, "听取二季度法治建设工作专题汇报"), (9, MeetingKind.PartyCommittee, "听取三季度法治建设工作专题汇报"), (12, MeetingKind.PartyCommittee, "听取四季度法治建设工作专题汇报") }
                : new[] { (2, MeetingKind.PartyCommittee, "研究部署年度法治建设工作"), (6, MeetingKind.LeadingGroup, "法治建设领导小组会议：推进法治政府建设与责任落实督察整改"), (8, MeetingKind.Thematic, "法治建设专题工作会"), (11, MeetingKind.ExecutiveMeeting, "传达学习党的二十大精神关于全面依法治国的部署") };
            foreach (var (month, kind, topic) in meetings)
            {
                var on = new DateOnly(year, month, 20);
                await On<RecordMeetingHandler>(on).HandleAsync(Clerk, new RecordMeetingRequest(kind, on, topic, secretary, $"{secretary}、{head}及班子成员",
                    "听取司法所关于法治建设工作情况的汇报，研究解决存在的问题，明确下一阶段任务。", quarterly || kind == MeetingKind.Thematic), ct);
            }

            var plan = new DateOnly(year, 2, 15);
            await On<AdoptWorkPlanHandler>(plan).HandleAsync(Clerk, year, new AdoptWorkPlanRequest($"{township.Name}{year}年法治建设工作要点", plan, $"{township.Name}党委会议{year}年第3次"), ct);
            var tasks = new[]
            {
                ("组织党委理论学习中心组学法，落实会前学法制度", "党政综合办公室", new DateOnly(year, 12, 20)),
                ("落实“谁执法谁普法”责任清单，开展主题法治宣传", "司法所", new DateOnly(year, 12, 20)),
                ("落实行政执法“三项制度”", "综合行政执法办公室", new DateOnly(year, 11, 30)),
                ("规范性文件合法性审核全覆盖", "司法所", new DateOnly(year, 12, 31)),
                ("落实重大行政决策法定程序", "党政综合办公室", new DateOnly(year, 12, 31)),
                ("组织国家工作人员学法考法", "党政综合办公室", new DateOnly(year, 11, 30)),
            };
            foreach (var (title, owner, due) in tasks)
            {
                await On<AddPlanTaskHandler>(plan).HandleAsync(Clerk, year, new AddPlanTaskRequest(title, owner, due), ct);
            }

            var db = services.GetRequiredService<FazhiDbContext>();
            var stored = await db.Set<WorkPlan>().AsNoTracking().SingleAsync(p => p.TownshipId == township.Id && p.Year == year, ct);
            foreach (var task in stored.Tasks.OrderBy(t => t.Order))
            {
                var done = task.DueOn.AddDays(-10);
                await On<CompletePlanTaskHandler>(done).HandleAsync(Clerk, year, task.Id, new CompletePlanTaskRequest(done, "已按工作要点完成"), ct);
            }

            var summaryOn = new DateOnly(year, 12, 28);
            await On<WriteSummaryHandler>(summaryOn).HandleAsync(Clerk, year, new WriteSummaryRequest(
                $"{year}年，{township.Name}党委、政府按照年度法治建设工作要点，把法治建设摆在全局工作的重要位置，{tasks.Length}项任务全部完成。", summaryOn), ct);

            var statementOn = new DateOnly(year + 1, 1, 12);
            foreach (var (role, name) in new[] { (LeaderRole.PartySecretary, secretary), (LeaderRole.GovernmentHead, head) })
            {
                await On<RecordDutyStatementHandler>(statementOn).HandleAsync(Clerk, new RecordDutyStatementRequest(year, role, name, statementOn, "年终述职述廉述法会议",
                    $"{year}年，本人认真履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。", DutyEvaluation.Good, "县委全面依法治县委员会办公室"), ct);
            }

            var reportOn = new DateOnly(year + 1, 2, 10);
            await On<RecordCountyReportHandler>(reportOn).HandleAsync(Clerk, new RecordCountyReportRequest(CountyReportKind.Annual, reportOn,
                $"关于{township.Name}{year}年度法治政府建设情况的报告", "县委、县政府（抄送县委依法治县办）", $"{township.ShortName}〔{year + 1}〕5号"), ct);
        }

        /// <summary>This year's plan: tasks on the board, one overdue and one due soon, so the 待办与预警 shows them.</summary>
        public async Task ThisYearAsync(CancellationToken ct)
        {
            var year = today.Year;
            var adopted = new DateOnly(year, 2, 20) <= today ? new DateOnly(year, 2, 20) : new DateOnly(year, 1, 2);
            await On<AdoptWorkPlanHandler>(adopted).HandleAsync(Clerk, year, new AdoptWorkPlanRequest($"{township.Name}{year}年法治建设工作要点", adopted, $"{township.Name}党委会议{year}年第2次"), ct);
            var overdueOn = today.AddDays(-5).Year == year ? today.AddDays(-5) : today;
            var soonOn = today.AddDays(6).Year == year ? today.AddDays(6) : new DateOnly(year, 12, 31);
            await On<AddPlanTaskHandler>(adopted).HandleAsync(Clerk, year, new AddPlanTaskRequest("完成年度国家工作人员学法考法", "党政综合办公室", overdueOn), ct);
            await On<AddPlanTaskHandler>(adopted).HandleAsync(Clerk, year, new AddPlanTaskRequest("组织“12·4”国家宪法日宣传活动", "司法所", soonOn), ct);
            await On<AddPlanTaskHandler>(adopted).HandleAsync(Clerk, year, new AddPlanTaskRequest("年末进行法治建设工作总结", "党政综合办公室", new DateOnly(year, 12, 31)), ct);
        }
    }
}
