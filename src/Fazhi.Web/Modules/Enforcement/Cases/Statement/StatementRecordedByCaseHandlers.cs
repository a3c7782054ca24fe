using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Statement;

/// <summary>
/// The party's 陈述、申辩 is heard and recorded by the officers (行政处罚法 第四十五条), or registered by the legal clerk.
/// The handler checks it; the page handler and the endpoint name it (ADR 0010).
/// </summary>
internal sealed class StatementRecordedByCaseHandlers() : WhoMayRule(
    "enforcement.case.statement.who",
    "当事人的陈述、申辩由执法人员听取并记录，或由法制员登记（《行政处罚法》第四十五条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
