using System.Text.RegularExpressions;
using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Ledgers.Model;

/// <summary>
/// A ledger's definition decides what the township's annual report states (督察工作规定 第二十五条): the legal clerk who
/// drafts the report or a leader who approves it defines and revises it; a village cadre or an officer does not.
/// </summary>
internal sealed class LedgersDefinedByClerkOrLeader() : WhoMayRule(
    "ledgers.define.who", "台账的字段和指标决定年度报告的表述（《法治政府建设与责任落实督察工作规定》第二十五条），由法制员或领导定义和修订。",
    Roles.LegalClerk, Roles.Leader);

/// <summary>Entries are kept by the township's staff who do the work (党政办, 综合执法办, 司法所); a village cadre records only 普法 activities.</summary>
internal sealed class LedgerEntriesKeptByStaff() : WhoMayRule(
    "ledgers.entries.who", "台账记录由乡镇法制员、领导或执法人员登记和导入（记录留痕，计入年度报告）。",
    Roles.LegalClerk, Roles.Leader, Roles.EnforcementOfficer);

internal sealed record LedgerKeyIsUnused(string Key, bool Used) : IBusinessRule
{
    public bool IsBroken => Used;

    public string Code => "ledgers.key-used";

    public string Message => $"本乡镇已有代码为“{Key}”的台账，请换一个代码或修订该台账。";

    public string? Field => "Key";
}

internal sealed record LedgerHasFields(LedgerSchema Schema) : IBusinessRule
{
    public bool IsBroken => Schema.Fields.Count == 0;

    public string Code => "ledgers.no-fields";

    public string Message => "台账至少要有一个字段（日期之外）。";
}

internal sealed partial record FieldKeysAreUnique(LedgerSchema Schema) : IBusinessRule
{
    public bool IsBroken => Schema.Fields.Select(f => f.Key).Distinct().Count() != Schema.Fields.Count
        || Schema.Indicators.Select(i => i.Key).Distinct().Count() != Schema.Indicators.Count
        || Schema.Fields.Any(f => !KeyPattern().IsMatch(f.Key)) || Schema.Indicators.Any(i => !KeyPattern().IsMatch(i.Key));

    public string Code => "ledgers.keys";

    public string Message => "字段代码和指标代码须各不相同，由小写字母、数字和连字符组成（如 talks、village）。";

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    public static partial Regex KeyPattern();
}

internal sealed record ChoiceFieldsListOptions(LedgerSchema Schema) : IBusinessRule
{
    public bool IsBroken => Schema.Fields.Any(f => f.Kind == LedgerFieldKind.Choice && f.Options.Count < 2);

    public string Code => "ledgers.choice-options";

    public string Message => "选项字段至少列出两个选项（用“、”分隔）。";
}

/// <summary>A sum or rate reads number fields; a distinct count reads any field; each names a field of this version.</summary>
internal sealed record IndicatorsReadFittingFields(LedgerSchema Schema) : IBusinessRule
{
    public bool IsBroken => Schema.Indicators.Any(i => i.Kind switch
    {
        LedgerIndicatorKind.Sum => Schema.FieldOf(i.Field) is not { IsNumber: true },
        LedgerIndicatorKind.Rate => Schema.FieldOf(i.Field) is not { IsNumber: true } || Schema.FieldOf(i.OfField) is not { IsNumber: true },
        LedgerIndicatorKind.DistinctCount => Schema.FieldOf(i.Field) is null,
        _ => false,
    });

    public string Code => "ledgers.indicator-field";

    public string Message => "指标须引用本台账的字段：合计和比率只能引用数字字段（次数、人次、金额），比率须同时指定分子和分母字段。";
}

internal sealed record IndicatorTemplatesTakeTheValue(LedgerSchema Schema) : IBusinessRule
{
    public bool IsBroken => Schema.Indicators.Any(i => !i.Template.Contains("{0}", StringComparison.Ordinal)
        || i.Template.Replace("{0}", "", StringComparison.Ordinal).IndexOfAny(['{', '}']) >= 0);

    public string Code => "ledgers.template";

    public string Message => "指标的表述须含一个“{0}”，数值和单位填在该处，如“节前集体廉政谈话{0}”。";
}

/// <summary>A field keeps its kind across versions: older entries' values under its key must still read the same way.</summary>
internal sealed record FieldKindsKeptAcrossVersions(LedgerSchema Before, LedgerSchema After) : IBusinessRule
{
    public bool IsBroken => After.Fields.Any(f => Before.FieldOf(f.Key) is { } old && old.Kind != f.Kind);

    public string Code => "ledgers.field-kind-changed";

    public string Message => "已有字段的类型不能修改（早先的记录仍按原类型保存）；如需其他类型，请新增一个字段代码。";
}

/// <summary>A ledger records what was done: an entry dated in the future is refused.</summary>
internal sealed record EntryHappenedAlready(DateOnly OccurredOn, DateOnly Today) : IBusinessRule
{
    public bool IsBroken => OccurredOn > Today;

    public string Code => "ledgers.entry-in-future";

    public string Message => $"台账记录已开展的工作，日期 {OccurredOn:yyyy-MM-dd} 晚于今天。";

    public string? Field => "OccurredOn";
}

/// <summary>A value that does not fit its field (a count that is not a whole number, a choice not offered).</summary>
internal sealed record EntryValueFitsField(string Key, string? Problem) : IBusinessRule
{
    public bool IsBroken => Problem is not null;

    public string Code => "ledgers.value";

    public string Message => Problem ?? "";

    public string? Field => $"Values[{Key}]";
}

/// <summary>
/// A ledger the county defines states the same figures in every township so that they can be compared and required
/// (督察工作规定 第二十五条; the county supervises, 第四条): only the county revises it, and a township does not shadow
/// its code with a ledger of its own (<see cref="LedgerKeyIsUnused"/> covers that, the copy holds the code).
/// </summary>
internal sealed record CountyLedgerRevisedByCounty(string Name, bool DefinedByCounty) : IBusinessRule
{
    public bool IsBroken => DefinedByCounty;

    public string Code => "ledgers.county-defined";

    public string Message => $"台账“{Name}”由县级统一定义（各乡镇同一字段和指标，便于县级比较和确定必报指标），乡镇不能修订；如需调整，请联系县级审查员。";
}

/// <summary>A county ledger takes its code in every township of the county: a township already keeping that code refuses it, named.</summary>
internal sealed record CountyLedgerKeyFreeInEveryTownship(string Key, IReadOnlyList<string> Townships) : IBusinessRule
{
    public bool IsBroken => Townships.Count > 0;

    public string Code => "ledgers.county-key-used";

    public string Message => $"以下乡镇已有代码为“{Key}”的台账：{string.Join("、", Townships)}。县级台账的代码须在全县各乡镇均未使用，请换一个代码。";

    public string? Field => "Key";
}

/// <summary>
/// An attachment (附件) is evidence kept beside the entry, not a figure: no indicator sums, rates or counts it (its
/// file names would count as values).
/// </summary>
internal sealed record AttachmentFieldsAreNotComputed(LedgerSchema Schema) : IBusinessRule
{
    public bool IsBroken => Schema.Indicators.Any(i => Schema.FieldOf(i.Field) is { Kind: LedgerFieldKind.Attachment } || Schema.FieldOf(i.OfField) is { Kind: LedgerFieldKind.Attachment });

    public string Code => "ledgers.indicator-attachment";

    public string Message => "附件字段只保存证明材料，不能作为指标的计算字段（合计、比率或不同值个数）。";
}

/// <summary>The county's step: a ledger it defines for all its townships (issue 18 §1, ADR 0036); a township does not.</summary>
internal sealed class CountyLedgersDefinedByCounty() : WhoMayRule(
    "ledgers.county.who", "县级统一台账由县级机关定义和修订（县级督察乡镇法治建设，《法治政府建设与责任落实督察工作规定》第四条、第二十五条），须由县级审查员操作。",
    Roles.CountyReviewer);

/// <summary>A ledger's attachment is evidence for the record (会议纪要、照片、通知): a PDF, Word document or image.</summary>
internal sealed record LedgerAttachmentIsADocumentOrImage(string Key, string Label, string FileName) : IBusinessRule
{
    private static readonly string[] Allowed = [".pdf", ".docx", ".jpg", ".jpeg", ".png"];

    public bool IsBroken => !Allowed.Contains(Path.GetExtension(FileName).ToLowerInvariant());

    public string Code => "ledgers.attachment-kind";

    public string Message => $"{Label}只接受 PDF、Word（.docx）或图片（JPG、PNG）文件，“{FileName}”不是。";

    public string? Field => $"Files[{Key}]";
}
