using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.OnTheSpot;

/// <summary>
/// 简易程序: the certified officers on the spot decide and hand over the decision, then report it to the organ
/// (行政处罚法 第五十一条、第五十二条); nobody else was there to decide it.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class OnTheSpotPenaltyByOfficers() : WhoMayRule(
    "enforcement.case.on-the-spot.who",
    "简易程序的当场处罚决定由持证执法人员当场作出，并报所属行政机关备案（《行政处罚法》第五十一条、第五十二条）；请由执法人员账户登记。",
    Roles.EnforcementOfficer);
