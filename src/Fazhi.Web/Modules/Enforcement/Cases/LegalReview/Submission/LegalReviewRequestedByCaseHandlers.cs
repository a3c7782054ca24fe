using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.LegalReview.Submission;

/// <summary>
/// The unit handling the case submits it for 法制审核 (行政处罚法 第五十八条; 国办发〔2018〕118号（十二）): its officers or the clerk.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class LegalReviewRequestedByCaseHandlers() : WhoMayRule(
    "enforcement.case.legal-review-request.who",
    "重大执法决定由承办案件的执法人员或法制员提请法制审核（《行政处罚法》第五十八条、国办发〔2018〕118号（十二））。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
