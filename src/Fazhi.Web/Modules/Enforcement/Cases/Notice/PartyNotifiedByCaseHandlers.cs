using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Notice;

/// <summary>
/// 事先告知 (行政处罚法 第四十四条) is served by the case's officers; the legal clerk may register a notice served.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class PartyNotifiedByCaseHandlers() : WhoMayRule(
    "enforcement.case.notice.who",
    "行政处罚事先告知由承办案件的执法人员送达，或由法制员登记已送达的告知书（《行政处罚法》第四十四条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
