using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Service;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class DecisionServedByCaseHandlers() : WhoMayRule(
    "enforcement.case.service.who",
    "行政处罚决定书由执法人员送达当事人，或由法制员登记送达回证（《行政处罚法》第六十一条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
