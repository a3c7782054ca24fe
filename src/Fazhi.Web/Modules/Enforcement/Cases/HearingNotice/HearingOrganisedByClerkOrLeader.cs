using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.HearingNotice;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class HearingOrganisedByClerkOrLeader() : WhoMayRule(
    "enforcement.case.hearing-notice.who",
    "听证由行政机关组织，指定本案调查人员以外的人员主持（《行政处罚法》第六十四条）：由法制员或领导通知听证，执法人员不能自行安排。",
    Roles.LegalClerk, Roles.Leader);
