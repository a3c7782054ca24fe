using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Ledgers.Model;

/// <summary>
/// A ledger the county defines for all its townships (县级统一定义的台账, ADR 0036): county-level (it carries the county,
/// not a township) and kept once. Every township of the county holds a <see cref="LedgerDefinition"/> following it,
/// so entries, figures, the report and the county comparison read a county ledger exactly as a township's own. Only
/// its current content is kept here; the versions themselves, never changed, are the townships' copies.
/// </summary>
internal sealed class CountyLedger
{
    private CountyLedger()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CountyId { get; private set; }

    /// <summary>The ledger's code, the same in every township: indicator keys <c>ledger.&lt;code&gt;.&lt;indicator&gt;</c> compare townships.</summary>
    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int CurrentVersion { get; private set; }

    public string Heading { get; private set; } = "";

    public string Lead { get; private set; } = "";

    public ReportPart Part { get; private set; }

    public string SchemaJson { get; private set; } = "";

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string RevisedBy { get; private set; } = "";

    public DateTimeOffset RevisedAt { get; private set; }

    public LedgerSchema Schema => LedgerSchema.FromJson(SchemaJson);

    public LedgerVersionContent Content => new(Heading, Lead, Part, Schema);

    /// <summary>The county's first version; <c>clashes</c> names the townships already keeping a ledger under this code.</summary>
    public static CountyLedger Define(Guid countyId, string key, string name, LedgerVersionContent content, IReadOnlyList<string> clashes, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        BusinessRule.Check(new CountyLedgerKeyFreeInEveryTownship(key.Trim(), clashes));
        content.Check();
        var ledger = new CountyLedger { CountyId = countyId, Key = key.Trim(), CreatedBy = by, CreatedAt = now };
        ledger.Set(name, content, by, now);
        return ledger;
    }

    public void Revise(string name, LedgerVersionContent content, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Check();
        BusinessRule.Check(new FieldKindsKeptAcrossVersions(Schema, content.Schema));
        Set(name, content, by, now);
    }

    private void Set(string name, LedgerVersionContent content, string by, DateTimeOffset now)
    {
        Name = name.Trim();
        Heading = content.Heading.Trim();
        Lead = content.Lead.Trim();
        Part = content.Part;
        SchemaJson = content.Schema.ToJson();
        CurrentVersion++;
        RevisedBy = by;
        RevisedAt = now;
    }
}
