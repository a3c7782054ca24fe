using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Statement;

/// <summary>Who may take this step of a penalty case (ADR 0010): the handler checks it, the page and the endpoint name it.</summary>
internal sealed class StatementRecordedByCaseHandlers() : WhoMayRule(
    "enforcement.case.statement.who",
    "当事人的陈述、申辩由执法人员听取并记录，或由法制员登记（《行政处罚法》第四十五条）。",
    Roles.EnforcementOfficer, Roles.LegalClerk);
