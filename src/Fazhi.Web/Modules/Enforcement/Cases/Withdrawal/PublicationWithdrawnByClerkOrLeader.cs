using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Withdrawal;

/// <summary>
/// Withdrawing the publication of a revoked decision (行政处罚法 第四十八条第二款) is for whoever publishes: the clerk or a leader.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class PublicationWithdrawnByClerkOrLeader() : WhoMayRule(
    "enforcement.case.withdrawal.who",
    "处罚决定被撤销后，由法制员或领导撤回公示并说明理由（《行政处罚法》第四十八条第二款）。",
    Roles.LegalClerk, Roles.Leader);
