using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Ledgers.DefineLedger;

/// <summary>The heading, part, fields and indicators rows shared by the define and revise forms.</summary>
internal sealed record LedgerContentView(string? Heading, string? Lead, ReportPart Part, IReadOnlyList<LedgerFieldInput>? Fields, IReadOnlyList<LedgerIndicatorInput>? Indicators);
