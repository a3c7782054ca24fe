using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Ledgers.DefineLedger;

/// <summary>A field row of the definition form; a row without a label is left out (the form offers spare rows).</summary>
public sealed record LedgerFieldInput(
    [MaxLength(40, ErrorMessage = "字段代码不超过 40 个字符。")] string? Key,
    [MaxLength(40, ErrorMessage = "字段名称不超过 40 字。")] string? Label,
    LedgerFieldKind Kind,
    bool Required,
    [MaxLength(500, ErrorMessage = "选项不超过 500 字。")] string? Options);

/// <summary>An indicator row of the definition form; a row without a label is left out.</summary>
public sealed record LedgerIndicatorInput(
    [MaxLength(40, ErrorMessage = "指标代码不超过 40 个字符。")] string? Key,
    [MaxLength(60, ErrorMessage = "指标名称不超过 60 字。")] string? Label,
    [MaxLength(10, ErrorMessage = "单位不超过 10 字。")] string? Unit,
    LedgerIndicatorKind Kind,
    string? Field,
    string? OfField,
    [MaxLength(200, ErrorMessage = "表述不超过 200 字。")] string? Template,
    bool Approximate);

/// <summary>The parts of a definition that every version states: heading, lead words, part, fields and indicators.</summary>
internal static class LedgerContentInput
{
    public static LedgerVersionContent ToContent(string heading, string? lead, ReportPart part, IReadOnlyList<LedgerFieldInput>? fields, IReadOnlyList<LedgerIndicatorInput>? indicators)
    {
        var schema = new LedgerSchema(
            [.. (fields ?? []).Where(f => !string.IsNullOrWhiteSpace(f.Label)).Select(f => new LedgerField(
                (f.Key ?? "").Trim(), f.Label!.Trim(), f.Kind, f.Required,
                f.Kind == LedgerFieldKind.Choice ? [.. (f.Options ?? "").Split(['、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : []))],
            [.. (indicators ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Label)).Select(i => new LedgerIndicatorSpec(
                (i.Key ?? "").Trim(), i.Label!.Trim(), (i.Unit ?? "").Trim(), i.Kind, NullIfBlank(i.Field), NullIfBlank(i.OfField), (i.Template ?? "").Trim(), i.Approximate))]);
        return new LedgerVersionContent(heading, lead ?? "", part, schema);
    }

    /// <summary>The form rows of an existing version, with spare blank rows to add more.</summary>
    public static (List<LedgerFieldInput> Fields, List<LedgerIndicatorInput> Indicators) FromSchema(LedgerSchema? schema, int spareFields = 3, int spareIndicators = 2)
    {
        var fields = (schema?.Fields ?? []).Select(f => new LedgerFieldInput(f.Key, f.Label, f.Kind, f.Required, string.Join("、", f.Options))).ToList();
        var indicators = (schema?.Indicators ?? []).Select(i => new LedgerIndicatorInput(i.Key, i.Label, i.Unit, i.Kind, i.Field, i.OfField, i.Template, i.Approximate)).ToList();
        fields.AddRange(Enumerable.Range(0, spareFields).Select(_ => new LedgerFieldInput("", "", LedgerFieldKind.Count, false, "")));
        indicators.AddRange(Enumerable.Range(0, spareIndicators).Select(_ => new LedgerIndicatorInput("", "", "", LedgerIndicatorKind.EntryCount, "", "", "", false)));
        return (fields, indicators);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
