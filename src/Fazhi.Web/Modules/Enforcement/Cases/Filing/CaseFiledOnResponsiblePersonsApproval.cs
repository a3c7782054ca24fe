using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Filing;

/// <summary>
/// 立案 is approved by the organ's 负责人 (行政处罚法 第五十四条; sector rules: 立案审批表). The leader approves in the
/// system, or the legal clerk registers the approval the leader signed; an officer does not open a case on their own.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class CaseFiledOnResponsiblePersonsApproval() : WhoMayRule(
    "enforcement.case.filing.who",
    "立案须经行政机关负责人批准（《行政处罚法》第五十四条）：由领导批准立案，或由法制员登记负责人已签批的立案审批表；执法人员不能自行立案。",
    Roles.Leader, Roles.LegalClerk);
