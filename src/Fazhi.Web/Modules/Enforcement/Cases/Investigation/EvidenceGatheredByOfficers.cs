using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Investigation;

/// <summary>
/// 调查取证 is done by at least two certified officers who show their certificates (行政处罚法 第四十二条、
/// 第五十五条); the evidence and the 全过程记录 (第四十七条) are theirs to register.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class EvidenceGatheredByOfficers() : WhoMayRule(
    "enforcement.case.evidence.who",
    "调查取证由执法人员进行，执法人员不得少于两人并应出示执法证件（《行政处罚法》第四十二条、第五十五条）；请由执法人员账户登记证据与全过程记录。",
    Roles.EnforcementOfficer);
