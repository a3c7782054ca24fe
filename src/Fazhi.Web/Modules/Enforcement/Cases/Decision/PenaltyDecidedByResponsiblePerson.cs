using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Decision;

/// <summary>
/// The penalty decision is made by the organ's 负责人 (行政处罚法 第五十七条).
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class PenaltyDecidedByResponsiblePerson() : WhoMayRule(
    "enforcement.case.decision.who",
    "行政处罚决定由行政机关负责人作出（《行政处罚法》第五十七条），请由领导账户操作。",
    Roles.Leader);
