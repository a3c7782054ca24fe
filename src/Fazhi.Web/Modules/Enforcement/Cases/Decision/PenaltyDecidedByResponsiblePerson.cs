using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Decision;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class PenaltyDecidedByResponsiblePerson() : WhoMayRule(
    "enforcement.case.decision.who",
    "行政处罚决定由行政机关负责人作出（《行政处罚法》第五十七条），请由领导账户操作。",
    Roles.Leader);
