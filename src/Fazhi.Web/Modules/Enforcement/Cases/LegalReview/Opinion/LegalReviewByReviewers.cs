using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.LegalReview.Opinion;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class LegalReviewByReviewers() : WhoMayRule(
    "enforcement.case.legal-review.who",
    "法制审核由从事行政处罚决定法制审核的人员进行（《行政处罚法》第五十八条、国办发〔2018〕118号（十一））：由法律顾问或法制员出具审核意见。",
    Roles.LegalAdvisor, Roles.LegalClerk);
