namespace Fazhi.Platform.Web;

/// <summary>
/// The Chinese name of one kind of record and of its fields, contributed by the module that owns the record (as it
/// contributes its menu items), so Platform pages — the audit log, a record's history — never show class or property
/// names and never need a switch over other modules' types. Fields in <see cref="Hidden"/> are technical (concurrency
/// stamps, normalised copies) and are left out of what people read; they stay in the trail and its hash.
/// </summary>
public sealed record RecordLabel(string RecordType, string Label, IReadOnlyDictionary<string, string> Fields, IReadOnlySet<string> Hidden);

/// <summary>The Chinese name of a module key, as deadlines and consultations store it (<c>documents</c> → 规范性文件).</summary>
public sealed record ModuleLabel(string Key, string Label);

/// <summary>The Chinese names of an enum's values, as the audit trail stores them by name.</summary>
public sealed record EnumLabel(Type EnumType, Func<object, string> Label);

public static class DisplayLabelRegistration
{
    /// <summary>Registers the Chinese names of <typeparamref name="TRecord"/> and its fields.</summary>
    public static IServiceCollection AddRecordLabels<TRecord>(this IServiceCollection services, string label, IReadOnlyDictionary<string, string> fields, params string[] hidden) =>
        services.AddRecordLabels(typeof(TRecord), label, fields, hidden);

    public static IServiceCollection AddRecordLabels(this IServiceCollection services, Type recordType, string label, IReadOnlyDictionary<string, string> fields, params string[] hidden)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        return services.AddSingleton(new RecordLabel(DisplayLabels.RecordTypeName(recordType), label, fields, new HashSet<string>(hidden, StringComparer.Ordinal)));
    }

    public static IServiceCollection AddModuleLabel(this IServiceCollection services, string key, string label) =>
        services.AddSingleton(new ModuleLabel(key, label));

    public static IServiceCollection AddEnumLabels<TEnum>(this IServiceCollection services, Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        services.AddSingleton(new EnumLabel(typeof(TEnum), value => label((TEnum)value)));
}

/// <summary>Looks up the labels every module registered; unknown names fall back to themselves, never to an error.</summary>
public sealed class DisplayLabels
{
    /// <summary>Fields every record may have, named once here rather than by each module.</summary>
    private static readonly Dictionary<string, string> CommonFields = new(StringComparer.Ordinal)
    {
        ["Id"] = "记录编号",
        ["TownshipId"] = "所属乡镇",
        ["CountyId"] = "所属县",
        ["Year"] = "年度",
        ["Order"] = "排序",
        ["IsPublic"] = "已公开",
        ["CreatedAt"] = "创建时间",
        ["CreatedBy"] = "创建人",
        ["Title"] = "标题",
        ["Name"] = "名称",
    };

    /// <summary>Technical fields no person needs to read, whatever the record.</summary>
    private static readonly HashSet<string> CommonHidden = new(StringComparer.Ordinal) { "ConcurrencyStamp", "SecurityStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName" };

    private readonly Dictionary<string, RecordLabel> _records;
    private readonly Dictionary<string, string> _modules;
    private readonly Dictionary<Type, Func<object, string>> _enums;

    public DisplayLabels(IEnumerable<RecordLabel> records, IEnumerable<ModuleLabel> modules, IEnumerable<EnumLabel> enums)
    {
        _records = records.ToDictionary(r => r.RecordType, StringComparer.Ordinal);
        _modules = modules.ToDictionary(m => m.Key, m => m.Label, StringComparer.Ordinal);
        _enums = enums.ToDictionary(e => e.EnumType, e => e.Label);
    }

    public IReadOnlyCollection<RecordLabel> Records => _records.Values;

    /// <summary>The name the audit trail records for a CLR type: its simple name without generic arity.</summary>
    public static string RecordTypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    public bool HasRecord(string recordType) => _records.ContainsKey(recordType);

    public string Record(string recordType) => _records.TryGetValue(recordType, out var r) ? r.Label : recordType;

    public bool HasField(string recordType, string field) =>
        (_records.TryGetValue(recordType, out var r) && r.Fields.ContainsKey(field)) || CommonFields.ContainsKey(field);

    public string Field(string recordType, string field) =>
        _records.TryGetValue(recordType, out var r) && r.Fields.TryGetValue(field, out var label) ? label
        : CommonFields.TryGetValue(field, out var common) ? common
        : field;

    public bool IsHidden(string recordType, string field) =>
        CommonHidden.Contains(field) || (_records.TryGetValue(recordType, out var r) && r.Hidden.Contains(field));

    public string Module(string key) => _modules.TryGetValue(key, out var label) ? label : key;

    public bool HasEnum(Type enumType) => _enums.ContainsKey(enumType);

    /// <summary>The Chinese name of an enum value stored by name (flags joined with 、); the stored text when unknown.</summary>
    public string EnumValue(Type enumType, string stored)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        if (!_enums.TryGetValue(enumType, out var label) || !Enum.TryParse(enumType, stored, ignoreCase: false, out var value))
        {
            return stored;
        }

        return label(value!);
    }
}
