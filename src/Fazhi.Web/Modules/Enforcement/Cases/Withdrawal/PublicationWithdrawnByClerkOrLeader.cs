using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Withdrawal;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class PublicationWithdrawnByClerkOrLeader() : WhoMayRule(
    "enforcement.case.withdrawal.who",
    "处罚决定被撤销后，由法制员或领导撤回公示并说明理由（《行政处罚法》第四十八条第二款）。",
    Roles.LegalClerk, Roles.Leader);
