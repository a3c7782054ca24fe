using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Closing;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class CaseClosedByClerkOrLeader() : WhoMayRule(
    "enforcement.case.closing.who",
    "结案前的案卷检查由法制员进行或由领导审批（国办发〔2018〕118号 三：案卷应当主体合法、程序合法、证据确凿并归档），执法人员不能自行结案。",
    Roles.LegalClerk, Roles.Leader);
