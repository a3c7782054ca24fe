using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.PeriodExtension;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class DecisionPeriodExtendedByResponsiblePerson() : WhoMayRule(
    "enforcement.extension.not-leader",
    "延长作出行政处罚决定的期限须经行政机关负责人批准（《行政处罚法》第六十条及其所指的法律、法规、规章），请由领导账户批准。",
    Roles.Leader);
