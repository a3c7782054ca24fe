using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Publication;

/// <summary>
/// 事后公示 (行政处罚法 第四十八条; 国办发〔2018〕118号（六）) is the organ's publication: the clerk or a leader.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class PenaltyPublishedByClerkOrLeader() : WhoMayRule(
    "enforcement.case.publication.who",
    "行政处罚决定的事后公示由法制员或领导发布（《行政处罚法》第四十八条、国办发〔2018〕118号（六））。",
    Roles.LegalClerk, Roles.Leader);
