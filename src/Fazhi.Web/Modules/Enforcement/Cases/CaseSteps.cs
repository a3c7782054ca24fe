using System.Globalization;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases;

/// <summary>
/// What the steps of a penalty case share (ADR 0010): finding the case, the cited power item, the decision's number, the
/// date of an act and the case as the subject of its deadlines. Each step's handler lives in the step's folder.
/// </summary>
internal static class CaseSteps
{
    /// <summary>The case with its officers, evidence and extensions (auto-included), or null when it is not the township's.</summary>
    public static Task<EnforcementCase?> FindCaseAsync(this FazhiDbContext db, Guid id, CancellationToken ct) =>
        db.Set<EnforcementCase>().SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The power item a case cites; a case must cite an item of the township's catalogue (行政处罚法 第四条、第二十四条).</summary>
    public static async Task<PowerItem> PowerItemAsync(this FazhiDbContext db, Guid id, CancellationToken ct) =>
        await db.Set<PowerItem>().SingleOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new BusinessRuleException("enforcement.power.unknown", "所引用的职权事项不存在，每个案件必须引用本乡镇行政处罚权事项目录中的一项", "PowerItemId");

    /// <summary>The next decision number of the township's year (行政处罚决定书文号, 第五十九条).</summary>
    public static async Task<string> NextDecisionNumberAsync(this FazhiDbContext db, Guid townshipId, int year, EnforcementOptions options, CancellationToken ct)
    {
        await NumberSeries.HoldAsync(db, "EnforcementDecisionNumber", townshipId, year, ct);
        var township = await db.Set<Township>().SingleAsync(t => t.Id == townshipId, ct);
        var count = await db.Set<EnforcementCase>().CountAsync(c => c.TownshipId == townshipId && c.DecisionNumber != null && c.DecidedOn!.Value.Year == year, ct);
        return Number(options.DecisionNumberPattern, township, year, count + 1);
    }

    public static string Number(string pattern, Township township, int year, int sequence) =>
        pattern.Replace("{short}", township.ShortName.TrimEnd('府'), StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{n}", sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// The date of an act: today unless the clerk records an earlier act; never in the future or before the previous
    /// step (the file must show the steps in the order of 行政处罚法 第五章).
    /// </summary>
    public static DateOnly ActDate(DateOnly? requested, DateOnly? previous, string step, DateOnly today, string field = "On")
    {
        var date = requested ?? today;
        if (date > today)
        {
            throw new BusinessRuleException("enforcement.case.future-date", $"“{step}”日期不能晚于今天（{today:yyyy-MM-dd}）", field);
        }

        if (previous is { } p && date < p)
        {
            throw new BusinessRuleException("enforcement.case.date-before-previous-step", $"“{step}”日期（{date:yyyy-MM-dd}）不能早于上一步骤日期（{p:yyyy-MM-dd}）", field);
        }

        return date;
    }

    public static DeadlineSubject Subject(EnforcementCase @case) =>
        new("enforcement", nameof(EnforcementCase), @case.Id, $"{@case.CaseNumber} {@case.Title}", $"/workspace/enforcement/cases/{@case.Id}");

    /// <summary>Penalty kinds as sent in a list or typed on a form in one field (“警告、罚款”).</summary>
    public static IReadOnlyList<string> Kinds(IEnumerable<string?>? kinds) =>
        [.. (kinds ?? []).SelectMany(k => (k ?? "").Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()];
}
