using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership;

/// <summary>
/// The first responsible person's records (meetings, 述法, reports to the county, the 工作要点 and its summary) are kept by
/// the leadership and its legal clerk (党政办/司法所), who drafts part 三 of the report from them.
/// </summary>
internal sealed class LeadershipRecordsKeptByClerkOrLeader() : WhoMayRule(
    "leadership.records.who", "第一责任人履职记录（会议、述法、向县委县政府报告、工作要点和总结）由领导或法制员登记（《党政主要负责人履行推进法治建设第一责任人职责规定》）。",
    Roles.Leader, Roles.LegalClerk);

/// <summary>A task of the 工作要点 is checked off by the office that carries it (an enforcement officer for 综合执法办), the clerk or a leader.</summary>
internal sealed class PlanTasksCompletedByOwners() : WhoMayRule(
    "leadership.tasks.who", "工作要点任务由责任单位（执法人员）、法制员或领导销号。", Roles.Leader, Roles.LegalClerk, Roles.EnforcementOfficer);
