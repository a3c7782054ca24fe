using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.HearingNotice;

/// <summary>
/// The organ organises the hearing and designates a host who did not investigate (行政处罚法 第六十四条第（四）项):
/// the clerk or a leader, not the investigating officers.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class HearingOrganisedByClerkOrLeader() : WhoMayRule(
    "enforcement.case.hearing-notice.who",
    "听证由行政机关组织，指定本案调查人员以外的人员主持（《行政处罚法》第六十四条）：由法制员或领导通知听证，执法人员不能自行安排。",
    Roles.LegalClerk, Roles.Leader);
