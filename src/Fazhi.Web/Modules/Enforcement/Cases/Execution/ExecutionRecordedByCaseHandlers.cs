using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Execution;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class ExecutionRecordedByCaseHandlers() : WhoMayRule(
    "enforcement.case.execution.who",
    "罚款缴纳与执行情况由执法人员或法制员登记（《行政处罚法》第六十六条至第七十三条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
