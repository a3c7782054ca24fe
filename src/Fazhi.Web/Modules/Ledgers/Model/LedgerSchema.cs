using System.Globalization;
using System.Text.Json;
using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Ledgers.Model;

/// <summary>A field of a ledger version. <see cref="Key"/> is stable across versions: an indicator of a later version reads the values older entries hold under it.</summary>
internal sealed record LedgerField(string Key, string Label, LedgerFieldKind Kind, bool Required, IReadOnlyList<string> Options)
{
    public bool IsNumber => Kind is LedgerFieldKind.Count or LedgerFieldKind.PersonTimes or LedgerFieldKind.AmountYuan or LedgerFieldKind.AmountTenThousandYuan;

    /// <summary>The unit a number field is kept in, shown beside the input and in the Excel header.</summary>
    public string UnitLabel => Kind switch
    {
        LedgerFieldKind.PersonTimes => "人次",
        LedgerFieldKind.AmountYuan => "元",
        LedgerFieldKind.AmountTenThousandYuan => "万元",
        _ => "",
    };

    /// <summary>The column header of the Excel template and export: the label, with the unit when it has one.</summary>
    public string Column => UnitLabel.Length == 0 ? Label : $"{Label}（{UnitLabel}）";
}

/// <summary>
/// An indicator of a ledger version: how it is computed, its label and unit, and the clause of the report sentence
/// (<c>{0}</c> takes the value with its unit). <see cref="Approximate"/> states an amount as the seeds do (“10余万元”): the
/// whole part followed by 余.
/// </summary>
internal sealed record LedgerIndicatorSpec(string Key, string Label, string Unit, LedgerIndicatorKind Kind, string? Field, string? OfField, string Template, bool Approximate = false);

/// <summary>The fields and indicators of one version, as stored (JSON) and read back.</summary>
internal sealed record LedgerSchema(IReadOnlyList<LedgerField> Fields, IReadOnlyList<LedgerIndicatorSpec> Indicators)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LedgerSchema FromJson(string json) => JsonSerializer.Deserialize<LedgerSchema>(json, Json) ?? new LedgerSchema([], []);

    public LedgerField? FieldOf(string? key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <summary>What an indicator reads from a year's entries of one township: counted entries and, per field, the sum and the distinct values.</summary>
internal sealed record LedgerYearTotals(int Entries, IReadOnlyDictionary<string, decimal> Sums, IReadOnlyDictionary<string, int> Distinct)
{
    public static LedgerYearTotals Empty { get; } = new(0, new Dictionary<string, decimal>(), new Dictionary<string, int>());
}

/// <summary>The computation of a configured indicator from a year's totals (unit-tested; the grouped query only gathers the totals).</summary>
internal static class LedgerIndicatorMath
{
    public static Indicator Compute(string ledgerKey, LedgerSchema schema, LedgerIndicatorSpec spec, LedgerYearTotals totals, string link)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(totals);
        var key = GlobalKey(ledgerKey, spec.Key);
        switch (spec.Kind)
        {
            case LedgerIndicatorKind.Rate:
                var part = (int)Math.Round(totals.Sums.GetValueOrDefault(spec.Field ?? ""), MidpointRounding.AwayFromZero);
                var whole = (int)Math.Round(totals.Sums.GetValueOrDefault(spec.OfField ?? ""), MidpointRounding.AwayFromZero);
                return Indicator.Rate(key, spec.Label, part, whole, spec.Template, link);
            case LedgerIndicatorKind.Sum:
                var sum = Convert(totals.Sums.GetValueOrDefault(spec.Field ?? ""), schema.FieldOf(spec.Field)?.Kind, spec.Unit);
                return spec.Approximate
                    ? new Indicator(key, spec.Label, "余" + spec.Unit, decimal.Floor(sum), spec.Template, link)
                    : new Indicator(key, spec.Label, spec.Unit, sum, spec.Template, link);
            case LedgerIndicatorKind.DistinctCount:
                return Indicator.Count(key, spec.Label, spec.Unit, totals.Distinct.GetValueOrDefault(spec.Field ?? ""), spec.Template, link);
            default:
                return Indicator.Count(key, spec.Label, spec.Unit, totals.Entries, spec.Template, link);
        }
    }

    /// <summary>The key of a configured indicator in the catalogue: <c>ledger.&lt;ledger&gt;.&lt;indicator&gt;</c>.</summary>
    public static string GlobalKey(string ledgerKey, string indicatorKey) => $"ledger.{ledgerKey}.{indicatorKey}";

    /// <summary>An amount kept in 元 and stated in 万元 (or the reverse) is converted; every other sum is stated as kept.</summary>
    public static decimal Convert(decimal sum, LedgerFieldKind? kind, string unit) => (kind, unit) switch
    {
        (LedgerFieldKind.AmountYuan, "万元") => Math.Round(sum / 10000m, 4),
        (LedgerFieldKind.AmountTenThousandYuan, "元") => sum * 10000m,
        _ => sum,
    };

    /// <summary>Parses what a clerk typed or an Excel cell held for a field; null value with a message when it does not fit.</summary>
    public static (string? Text, decimal? Number, string? Error) Parse(LedgerField field, object? raw)
    {
        ArgumentNullException.ThrowIfNull(field);
        var text = raw switch
        {
            null => "",
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double d when field.Kind == LedgerFieldKind.Date && d is > 0 and < 2958466 => DateTime.FromOADate(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => raw.ToString() ?? "",
        };
        text = text.Trim();
        if (field.Kind == LedgerFieldKind.Attachment)
        {
            // A file comes only with the entry form: Excel (and a JSON value) carries a name, never the file.
            return text.Length > 0 ? (null, null, $"{field.Label}是附件，须在登记页面上传文件（PDF、Word、JPG、PNG），不能填写文字或通过 Excel 导入。")
                : field.Required ? (null, null, $"请上传{field.Label}（PDF、Word、JPG、PNG）；Excel 导入不能携带文件，必传附件的记录请在登记页面逐条登记。")
                : (null, null, null);
        }

        if (text.Length == 0)
        {
            return field.Required ? (null, null, $"请填写{field.Label}。") : (null, null, null);
        }

        switch (field.Kind)
        {
            case LedgerFieldKind.Count or LedgerFieldKind.PersonTimes:
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                    ? (n.ToString(CultureInfo.InvariantCulture), n, null)
                    : (null, null, $"{field.Label}应为不小于 0 的整数。");
            case LedgerFieldKind.AmountYuan or LedgerFieldKind.AmountTenThousandYuan:
                var places = field.Kind == LedgerFieldKind.AmountYuan ? 2 : 4;
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && a >= 0 && decimal.Round(a, places) == a && a < 1_000_000_000m
                    ? (a.ToString(CultureInfo.InvariantCulture), a, null)
                    : (null, null, $"{field.Label}应为不小于 0 的金额（{field.UnitLabel}，最多 {places} 位小数）。");
            case LedgerFieldKind.Date:
                return DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, null)
                    : (null, null, $"{field.Label}不是有效日期（如 2024-05-01）。");
            case LedgerFieldKind.Choice:
                return field.Options.Contains(text)
                    ? (text, null, null)
                    : (null, null, $"{field.Label}应为：{string.Join("、", field.Options)}。");
            default:
                return text.Length <= 500 ? (text, null, null) : (null, null, $"{field.Label}不超过 500 字。");
        }
    }
}
