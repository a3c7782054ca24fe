using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Investigation;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class EvidenceGatheredByOfficers() : WhoMayRule(
    "enforcement.case.evidence.who",
    "调查取证由执法人员进行，执法人员不得少于两人并应出示执法证件（《行政处罚法》第四十二条、第五十五条）；请由执法人员账户登记证据与全过程记录。",
    Roles.EnforcementOfficer);
