using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Notice;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class PartyNotifiedByCaseHandlers() : WhoMayRule(
    "enforcement.case.notice.who",
    "行政处罚事先告知由承办案件的执法人员送达，或由法制员登记已送达的告知书（《行政处罚法》第四十四条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
