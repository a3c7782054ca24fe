using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.HearingRequest;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class HearingRequestRecordedByCaseHandlers() : WhoMayRule(
    "enforcement.case.hearing-request.who",
    "当事人的听证要求由执法人员或法制员登记（《行政处罚法》第六十三条、第六十四条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
