using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Deadlines;

namespace Fazhi.Modules.Leadership;

/// <summary>The 工作要点's tasks on the 待办与预警 board: each due on the date the plan gives it.</summary>
internal static class LeadershipDeadlines
{
    public const string Module = "leadership";

    public const string TaskCode = "leadership.plan-task";

    /// <summary>
    /// The township's own target (年初制定工作要点, 年末进行总结): a fixed date set by the plan, counted from the day the
    /// task was listed, warned 10 days before.
    /// </summary>
    public static DeadlineRule Task(DateOnly listedOn, DateOnly dueOn)
    {
        var days = Math.Max(0, dueOn.DayNumber - listedOn.DayNumber);
        return new DeadlineRule(TaskCode, "法治建设工作要点任务", DeadlineOwner.Government, "年度法治建设工作要点（《党政主要负责人履行推进法治建设第一责任人职责规定》：重要任务亲自督办）",
            "工作要点印发", days, PeriodKind.FixedDate, WarnDaysBefore: Math.Min(10, days), RollOverRestDay: false);
    }

    public static DeadlineSubject Subject(PlanTask task, int year) =>
        new(Module, nameof(PlanTask), task.Id, $"{year}年工作要点：{task.Title}（{task.Owner}）", $"/workspace/leadership?Year={year}");
}
