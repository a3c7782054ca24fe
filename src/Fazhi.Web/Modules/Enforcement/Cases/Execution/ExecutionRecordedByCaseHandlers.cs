using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Execution;

/// <summary>
/// Payment and execution (行政处罚法 第六十七条至第七十三条) are registered by the officers or the clerk.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class ExecutionRecordedByCaseHandlers() : WhoMayRule(
    "enforcement.case.execution.who",
    "罚款缴纳与执行情况由执法人员或法制员登记（《行政处罚法》第六十六条至第七十三条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
