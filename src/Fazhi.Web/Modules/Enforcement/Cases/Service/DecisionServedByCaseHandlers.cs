using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Service;

/// <summary>
/// The decision is served by the officers (行政处罚法 第六十一条); the clerk may register a 送达回证.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class DecisionServedByCaseHandlers() : WhoMayRule(
    "enforcement.case.service.who",
    "行政处罚决定书由执法人员送达当事人，或由法制员登记送达回证（《行政处罚法》第六十一条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
