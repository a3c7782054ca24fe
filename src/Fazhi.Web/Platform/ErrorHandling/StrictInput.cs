using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fazhi.Platform.ErrorHandling;

/// <summary>
/// The ranges every date of the platform lies in. Dates outside them are typing mistakes (9999-12-31), and period
/// arithmetic on them (working days after 9999-12-31) cannot even be computed; they are refused as bad input, naming
/// the field, before any step runs. Whether a date in range is allowed for a step (not in the future, not before the
/// previous step) is the step's own rule.
/// </summary>
public static class InputRanges
{
    /// <summary>Before this no record of a township's rule-of-law work is kept (行政处罚法 1996, and nothing earlier is entered).</summary>
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);

    /// <summary>Planned dates (an effective date, a hearing, a milestone) lie well before this.</summary>
    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    public static bool Contains(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public static string DateMessage(string field) =>
        $"“{field}”的日期须在 {EarliestDate:yyyy-MM-dd} 至 {LatestDate:yyyy-MM-dd} 之间。";

    /// <summary>A value named "year" (a report year, a catalogue year) is a year of the same range.</summary>
    public static bool ContainsYear(int year) => year >= EarliestDate.Year && year <= LatestDate.Year;

    public static string YearMessage(string field) =>
        $"“{field}”的年份须在 {EarliestDate.Year} 至 {LatestDate.Year} 之间。";

    internal static bool IsYearName(string field)
    {
        var last = field.LastIndexOf('.');
        return string.Equals(last < 0 ? field : field[(last + 1)..], "year", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="value"/> is one of the enum's members (or, for a flags enum, a combination of them).</summary>
    public static bool IsDefined(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        if (Enum.IsDefined(type, value))
        {
            return true;
        }

        if (type.GetCustomAttribute<FlagsAttribute>() is null)
        {
            return false;
        }

        var bits = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        var all = Enum.GetValues(type).Cast<object>().Aggregate(0L, (acc, v) => acc | Convert.ToInt64(v, CultureInfo.InvariantCulture));
        return bits >= 0 && (bits & ~all) == 0;
    }

    public static string EnumMessage(string field, Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var allowed = Enum.GetValues(value.GetType()).Cast<object>().Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        return $"“{field}”的取值 {Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)} 不是有效选项，可选值为 {string.Join("、", allowed)}。";
    }
}

/// <summary>
/// Refuses, as 400 ValidationProblem naming the field, every enum value that is no member of its enum (−1, 0, 999 were
/// stored) and every date (and "year") outside <see cref="InputRanges"/>, in route and query values and anywhere in a JSON body,
/// before the endpoint runs (issue 13 item 6). Added to every API group by <see cref="Web.ApiGroups.MapApiGroup"/>.
/// </summary>
internal static class StrictInputFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var isService = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var inspected = context.MethodInfo.GetParameters()
            .Select((p, i) => (Parameter: p, Index: i))
            .Where(p => Inspectable(p.Parameter, isService))
            .ToList();
        if (inspected.Count == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (parameter, index) in inspected)
            {
                if (index < invocation.Arguments.Count)
                {
                    var isBody = !IsSimple(Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType);
                    Check(invocation.Arguments[index], isBody ? "" : parameter.Name ?? "", errors, depth: 0);
                }
            }

            return errors.Count > 0
                ? TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(e => e)), title: "提交的内容有误")
                : await next(invocation);
        };
    }

    private static bool Inspectable(ParameterInfo parameter, IServiceProviderIsService? isService)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type == typeof(HttpContext) || type == typeof(CancellationToken) || typeof(IFormFile).IsAssignableFrom(type)
            || typeof(IFormFileCollection).IsAssignableFrom(type) || type == typeof(System.Security.Claims.ClaimsPrincipal) || typeof(Stream).IsAssignableFrom(type))
        {
            return false;
        }

        if (parameter.GetCustomAttributes().Any(a => a.GetType().Name.StartsWith("FromServices", StringComparison.Ordinal) || a.GetType().Name.StartsWith("FromKeyedServices", StringComparison.Ordinal)))
        {
            return false;
        }

        return IsSimple(type)
            ? type.IsEnum || IsDate(type) || (type == typeof(int) && InputRanges.IsYearName(parameter.Name ?? ""))
            : IsFazhiData(type) && isService?.IsService(type) != true;
    }

    /// <summary>Request bodies are Fazhi's own records (and lists of them); services and framework types are never walked.</summary>
    private static bool IsFazhiData(Type type) =>
        type.Assembly == typeof(StrictInputFilter).Assembly && !type.IsAbstract && !type.IsInterface
        || (type.IsArray && IsFazhiData(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(IEnumerable).IsAssignableFrom(type) && (IsSimple(item) || IsFazhiData(item)));

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid) || IsDate(type) || type == typeof(TimeOnly) || type == typeof(TimeSpan);

    private static bool IsDate(Type type) => type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset);

    private static void Check(object? value, string field, Dictionary<string, string[]> errors, int depth)
    {
        switch (value)
        {
            case null or string or Guid or decimal:
                return;
            case int year when InputRanges.IsYearName(field):
                if (!InputRanges.ContainsYear(year))
                {
                    errors[field] = [InputRanges.YearMessage(field)];
                }

                return;
            case Enum e:
                if (!InputRanges.IsDefined(e))
                {
                    errors[field] = [InputRanges.EnumMessage(field, e)];
                }

                return;
            case DateOnly d:
                CheckDate(d, field, errors);
                return;
            case DateTime t:
                CheckDate(DateOnly.FromDateTime(t), field, errors);
                return;
            case DateTimeOffset o:
                CheckDate(DateOnly.FromDateTime(o.UtcDateTime), field, errors);
                return;
        }

        var type = value.GetType();
        if (depth > 6 || type.IsPrimitive)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Check(item, $"{field}[{i++}]", errors, depth + 1);
            }

            return;
        }

        if (type.Assembly != typeof(StrictInputFilter).Assembly)
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(type, Readable))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Check(property.GetValue(value), field.Length == 0 ? name : $"{field}.{name}", errors, depth + 1);
        }
    }

    private static void CheckDate(DateOnly date, string field, Dictionary<string, string[]> errors)
    {
        if (!InputRanges.Contains(date))
        {
            errors[field] = [InputRanges.DateMessage(field)];
        }
    }

    /// <summary>The properties JSON binds: public, readable, not indexers, not ignored.</summary>
    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null
                        && (p.CanWrite || type.GetConstructors().Any(c => c.GetParameters().Any(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase)))))];
}

/// <summary>
/// The same ranges for page forms: a date (or a value named "year") bound out of range adds a Chinese error beside the
/// field, so the page's own <c>ModelState.IsValid</c> check refuses the step instead of the step failing with a 500. A
/// date keeps the value the user typed (the form shows it back); a year out of range is not bound, so a list page
/// falls back to its default year.
/// </summary>
internal sealed class RangeCheckedModelBinderProvider(IList<Microsoft.AspNetCore.Mvc.ModelBinding.IModelBinderProvider> providers)
    : Microsoft.AspNetCore.Mvc.ModelBinding.IModelBinderProvider
{
    public Microsoft.AspNetCore.Mvc.ModelBinding.IModelBinder? GetBinder(Microsoft.AspNetCore.Mvc.ModelBinding.ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        var isDate = type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset);
        var isYear = type == typeof(int) && InputRanges.IsYearName(context.Metadata.Name ?? "");
        if (!isDate && !isYear)
        {
            return null;
        }

        // The binder the framework would have used, from the providers after this one.
        var inner = providers.Where(p => !ReferenceEquals(p, this)).Select(p => p.GetBinder(context)).FirstOrDefault(b => b is not null);
        return inner is null ? null : new RangeCheckedModelBinder(inner, isYear);
    }

    private sealed class RangeCheckedModelBinder(Microsoft.AspNetCore.Mvc.ModelBinding.IModelBinder inner, bool isYear)
        : Microsoft.AspNetCore.Mvc.ModelBinding.IModelBinder
    {
        public async Task BindModelAsync(Microsoft.AspNetCore.Mvc.ModelBinding.ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet)
            {
                return;
            }

            var field = bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelMetadata.Name ?? bindingContext.ModelName;
            // A page's year filter without a display name is still 年度 to the clerk, never the code name "Year".
            field = InputRanges.IsYearName(field) ? "年度" : field;
            var date = bindingContext.Result.Model switch
            {
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                DateTimeOffset o => DateOnly.FromDateTime(o.UtcDateTime),
                _ => (DateOnly?)null,
            };
            if (date is { } day && !InputRanges.Contains(day))
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, InputRanges.DateMessage(field));
            }
            else if (isYear && bindingContext.Result.Model is int year && !InputRanges.ContainsYear(year))
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, InputRanges.YearMessage(field));
                bindingContext.Result = Microsoft.AspNetCore.Mvc.ModelBinding.ModelBindingResult.Failed();
            }
        }
    }
}

/// <summary>The model binder's own messages (a value that is no number, no date, no option) in Chinese.</summary>
internal static class ChineseModelBindingMessages
{
    public static void Apply(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{field}”的值“{value}”无效。");
        messages.SetMissingBindRequiredValueAccessor(field => $"请填写“{field}”。");
        messages.SetMissingKeyOrValueAccessor(() => "缺少必填的值。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "缺少提交的内容。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"值“{value}”无效。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "提交的值无效。");
        messages.SetUnknownValueIsInvalidAccessor(field => $"“{field}”的值无效。");
        messages.SetValueIsInvalidAccessor(value => $"值“{value}”无效。");
        messages.SetValueMustBeANumberAccessor(field => $"“{field}”必须是数字。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字。");
        messages.SetValueMustNotBeNullAccessor(value => $"“{value}”不能为空。");
    }
}
