using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Revocation;

/// <summary>
/// Revoking a decision the organ made is for its 负责人 (行政处罚法 第五十七条、第七十五条).
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class DecisionRevokedByResponsiblePerson() : WhoMayRule(
    "enforcement.case.revocation.who",
    "撤销行政处罚决定须由行政机关负责人作出（《行政处罚法》第五十七条、第七十五条），请由领导账户操作。",
    Roles.Leader);
