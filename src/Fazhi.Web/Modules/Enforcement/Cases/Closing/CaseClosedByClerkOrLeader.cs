using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Closing;

/// <summary>
/// Closing follows the check of the case file (案卷评查, 国办发〔2018〕118号 三) by the legal clerk, or a leader's approval;
/// the officers who made the file do not close it themselves.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class CaseClosedByClerkOrLeader() : WhoMayRule(
    "enforcement.case.closing.who",
    "结案前的案卷检查由法制员进行或由领导审批（国办发〔2018〕118号 三：案卷应当主体合法、程序合法、证据确凿并归档），执法人员不能自行结案。",
    Roles.LegalClerk, Roles.Leader);
