using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Discussion;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class CollectiveDiscussionByLeaders() : WhoMayRule(
    "enforcement.case.discussion.who",
    "情节复杂或者重大违法行为给予处罚，由行政机关负责人集体讨论决定（《行政处罚法》第五十七条第二款），请由领导账户登记集体讨论。",
    Roles.Leader);
