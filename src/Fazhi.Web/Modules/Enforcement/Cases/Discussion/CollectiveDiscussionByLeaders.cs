using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Discussion;

/// <summary>
/// 情节复杂或者重大违法行为 are decided by the organ's 负责人 collectively (行政处罚法 第五十七条第二款): leaders record it.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class CollectiveDiscussionByLeaders() : WhoMayRule(
    "enforcement.case.discussion.who",
    "情节复杂或者重大违法行为给予处罚，由行政机关负责人集体讨论决定（《行政处罚法》第五十七条第二款），请由领导账户登记集体讨论。",
    Roles.Leader);
