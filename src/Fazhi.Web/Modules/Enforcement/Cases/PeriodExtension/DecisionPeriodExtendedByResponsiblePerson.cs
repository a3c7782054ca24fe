using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.PeriodExtension;

/// <summary>
/// Only the organ's 负责人 extends the 90-day decision period, where a law, regulation or rule allows it
/// (行政处罚法 第六十条 and the sector rules it refers to). The code is the one the API has answered since the extension was introduced.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class DecisionPeriodExtendedByResponsiblePerson() : WhoMayRule(
    "enforcement.extension.not-leader",
    "延长作出行政处罚决定的期限须经行政机关负责人批准（《行政处罚法》第六十条及其所指的法律、法规、规章），请由领导账户批准。",
    Roles.Leader);
