using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Ledgers.Model;

/// <summary>
/// A configured ledger (台账) of a township: a name, and versions of its fields and indicators. A change never edits a
/// version: it adds the next one, so an entry keeps the version it was entered under and stays valid (issue 18 §1).
/// A ledger the county defines (<see cref="CountyLedgerId"/>) is kept here too, one per township, created and revised
/// by the county's step in the same transaction (ADR 0036): the county writes it, the township only enters rows.
/// </summary>
internal sealed class LedgerDefinition : ICountyWritable
{
    private readonly List<LedgerVersion> _versions = [];

    private LedgerDefinition()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    /// <summary>Stable key of the ledger within the township (lianzheng-talks); indicator keys are built from it.</summary>
    public string Key { get; private set; } = "";

    /// <summary>台账名称, e.g. 节前集体廉政谈话台账.</summary>
    public string Name { get; private set; } = "";

    public int CurrentVersion { get; private set; }

    /// <summary>The county's definition this ledger follows (县级统一定义); null for a ledger the township defined.</summary>
    public Guid? CountyLedgerId { get; private set; }

    /// <summary>The county writes its own copies only; a ledger the township defined is the township's alone.</summary>
    bool ICountyWritable.WrittenByCounty => CountyLedgerId is not null;

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<LedgerVersion> Versions => _versions;

    public LedgerVersion Current => _versions.Single(v => v.Number == CurrentVersion);

    public static LedgerDefinition Define(Guid townshipId, string key, string name, LedgerVersionContent content, string by, DateTimeOffset now, bool keyUsed)
    {
        ArgumentNullException.ThrowIfNull(content);
        BusinessRule.Check(new LedgerKeyIsUnused(key, keyUsed));
        content.Check();
        var definition = new LedgerDefinition { TownshipId = townshipId, Key = key.Trim(), Name = name.Trim(), CreatedBy = by, CreatedAt = now };
        definition.AddVersion(content, by, now);
        return definition;
    }

    /// <summary>
    /// The township's copy of a county ledger, numbered as the county's current version so that a version means the
    /// same fields in every township, also in one registered after the county defined it.
    /// </summary>
    public static LedgerDefinition FollowCounty(Guid townshipId, CountyLedger county, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(county);
        var definition = new LedgerDefinition
        {
            TownshipId = townshipId, Key = county.Key, Name = county.Name, CountyLedgerId = county.Id, CreatedBy = by, CreatedAt = now, CurrentVersion = county.CurrentVersion - 1,
        };
        definition.AddVersion(county.Content, by, now);
        return definition;
    }

    /// <summary>A new version: the earlier ones stay as they were, for the entries made under them.</summary>
    public LedgerVersion Revise(string name, LedgerVersionContent content, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        BusinessRule.Check(new CountyLedgerRevisedByCounty(Name, CountyLedgerId is not null));
        return Apply(name, content, by, now);
    }

    /// <summary>The county's revision, applied to this township's copy in the county's transaction.</summary>
    public LedgerVersion FollowCountyRevision(CountyLedger county, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(county);
        return Apply(county.Name, county.Content, by, now);
    }

    private LedgerVersion Apply(string name, LedgerVersionContent content, string by, DateTimeOffset now)
    {
        content.Check();
        BusinessRule.Check(new FieldKindsKeptAcrossVersions(Current.Schema, content.Schema));
        Name = name.Trim();
        return AddVersion(content, by, now);
    }

    private LedgerVersion AddVersion(LedgerVersionContent content, string by, DateTimeOffset now)
    {
        var version = new LedgerVersion(Id, TownshipId, CurrentVersion + 1, content, by, now);
        _versions.Add(version);
        CurrentVersion = version.Number;
        return version;
    }
}

/// <summary>What a version says: the report heading, lead words and part its sentence goes to, its fields and indicators.</summary>
internal sealed record LedgerVersionContent(string Heading, string Lead, ReportPart Part, LedgerSchema Schema)
{
    public void Check()
    {
        BusinessRule.Check(new LedgerHasFields(Schema));
        BusinessRule.Check(new FieldKeysAreUnique(Schema));
        BusinessRule.Check(new ChoiceFieldsListOptions(Schema));
        BusinessRule.Check(new AttachmentFieldsAreNotComputed(Schema));
        BusinessRule.Check(new IndicatorsReadFittingFields(Schema));
        BusinessRule.Check(new IndicatorTemplatesTakeTheValue(Schema));
    }
}

/// <summary>One version of a ledger's definition, never changed once made (the county adds those of its ledgers).</summary>
internal sealed class LedgerVersion : ICountyInsertable
{
    private LedgerVersion()
    {
    }

    public LedgerVersion(Guid definitionId, Guid townshipId, int number, LedgerVersionContent content, string by, DateTimeOffset now)
    {
        DefinitionId = definitionId;
        TownshipId = townshipId;
        Number = number;
        Heading = content.Heading.Trim();
        Lead = content.Lead.Trim();
        Part = content.Part;
        SchemaJson = content.Schema.ToJson();
        CreatedBy = by;
        CreatedAt = now;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DefinitionId { get; private set; }

    public Guid TownshipId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The report subsection heading, e.g. 全面从严治党.</summary>
    public string Heading { get; private set; } = "";

    /// <summary>Words before the first clause, e.g. 全年.</summary>
    public string Lead { get; private set; } = "";

    public ReportPart Part { get; private set; }

    public string SchemaJson { get; private set; } = "";

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public LedgerSchema Schema => LedgerSchema.FromJson(SchemaJson);
}

/// <summary>
/// An entry (一条台账记录): its date — the year it counts in — and its values, under the version it was entered with.
/// </summary>
internal sealed class LedgerEntry : ITenantOwned
{
    private readonly List<LedgerValue> _values = [];

    private LedgerEntry()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid DefinitionId { get; private set; }

    public int VersionNumber { get; private set; }

    /// <summary>日期: the year the entry counts in (year-true figures).</summary>
    public DateOnly OccurredOn { get; private set; }

    /// <summary>The entry's first village value, kept for the ledger's village filter.</summary>
    public string? Village { get; private set; }

    public string EnteredBy { get; private set; } = "";

    public DateTimeOffset EnteredAt { get; private set; }

    public IReadOnlyList<LedgerValue> Values => _values;

    public static LedgerEntry Enter(LedgerDefinition ledger, DateOnly occurredOn, IReadOnlyDictionary<string, (string? Text, decimal? Number)> values, string by, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(values);
        BusinessRule.Check(new EntryHappenedAlready(occurredOn, today));
        var schema = ledger.Current.Schema;
        var entry = new LedgerEntry
        {
            TownshipId = ledger.TownshipId, DefinitionId = ledger.Id, VersionNumber = ledger.CurrentVersion, OccurredOn = occurredOn, EnteredBy = by, EnteredAt = now,
            Village = schema.Fields.Where(f => f.Kind == LedgerFieldKind.Village).Select(f => values.GetValueOrDefault(f.Key).Text).FirstOrDefault(v => v is not null),
        };
        foreach (var field in schema.Fields)
        {
            if (values.TryGetValue(field.Key, out var value) && value.Text is not null)
            {
                entry._values.Add(new LedgerValue(entry, field.Key, value.Text, value.Number));
            }
        }

        return entry;
    }

    public string? Text(string key) => _values.FirstOrDefault(v => v.FieldKey == key)?.Text;

    /// <summary>The stored file of an attachment field (附件), kept by Platform/Attachments under this entry.</summary>
    public Guid? AttachmentOf(string key) => _values.FirstOrDefault(v => v.FieldKey == key)?.AttachmentId;

    /// <summary>An attachment field's value: the file's name, and the file itself, uploaded with the entry in its transaction.</summary>
    public void Attach(string fieldKey, string fileName, Guid attachmentId) =>
        _values.Add(new LedgerValue(this, fieldKey, fileName, null, attachmentId));
}

/// <summary>
/// One value of an entry. The entry's township, ledger and date are repeated here so that a year's sums and distinct
/// counts of every township are one grouped query over this table.
/// </summary>
internal sealed class LedgerValue : ITenantOwned
{
    private LedgerValue()
    {
    }

    public LedgerValue(LedgerEntry entry, string fieldKey, string text, decimal? number, Guid? attachmentId = null)
    {
        AttachmentId = attachmentId;
        EntryId = entry.Id;
        TownshipId = entry.TownshipId;
        DefinitionId = entry.DefinitionId;
        OccurredOn = entry.OccurredOn;
        FieldKey = fieldKey;
        Text = text;
        Number = number;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid EntryId { get; private set; }

    public Guid TownshipId { get; private set; }

    public Guid DefinitionId { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string FieldKey { get; private set; } = "";

    public string Text { get; private set; } = "";

    public decimal? Number { get; private set; }

    /// <summary>The file of an attachment field (<see cref="Text"/> then holds its name).</summary>
    public Guid? AttachmentId { get; private set; }
}
