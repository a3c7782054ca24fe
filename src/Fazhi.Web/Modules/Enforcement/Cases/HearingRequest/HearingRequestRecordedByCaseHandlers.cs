using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.HearingRequest;

/// <summary>
/// The party's request for a hearing (行政处罚法 第六十三条、第六十四条) is registered by whoever received it: an officer or the clerk.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class HearingRequestRecordedByCaseHandlers() : WhoMayRule(
    "enforcement.case.hearing-request.who",
    "当事人的听证要求由执法人员或法制员登记（《行政处罚法》第六十三条、第六十四条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
