using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.LegalReview.Opinion;

/// <summary>
/// 法制审核 is done by the people who review penalty decisions (行政处罚法 第五十八条第二款; 国办发〔2018〕118号（十一））:
/// the legal advisor or the legal clerk, never an officer or the leader who will decide.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class LegalReviewByReviewers() : WhoMayRule(
    "enforcement.case.legal-review.who",
    "法制审核由从事行政处罚决定法制审核的人员进行（《行政处罚法》第五十八条、国办发〔2018〕118号（十一））：由法律顾问或法制员出具审核意见。",
    Roles.LegalAdvisor, Roles.LegalClerk);
