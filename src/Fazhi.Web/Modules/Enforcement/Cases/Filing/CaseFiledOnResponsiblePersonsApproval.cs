using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Filing;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class CaseFiledOnResponsiblePersonsApproval() : WhoMayRule(
    "enforcement.case.filing.who",
    "立案须经行政机关负责人批准（《行政处罚法》第五十四条）：由领导批准立案，或由法制员登记负责人已签批的立案审批表；执法人员不能自行立案。",
    Roles.Leader, Roles.LegalClerk);
