using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Reports.Drafting;

/// <summary>A required indicator the draft does not state, with the warning shown to the drafter.</summary>
internal sealed record RequiredIndicatorWarning(string Key, string Label, string Message);

/// <summary>
/// Warns the drafter about each indicator the county requires (issue 18 §2) that the draft does not state. A draft
/// states a figure when its clause is in the drafted sentence (<see cref="IndicatorGroup.Sentence"/>): a count above
/// zero, or a rate with something counted. A figure the records do not give, a count of zero and a rate of nothing
/// are left out of the sentence, so each is warned about: the township records the work, or explains its absence.
/// </summary>
internal sealed class RequiredIndicatorCheck(IRequiredIndicators required, FazhiDbContext db)
{
    public async Task<IReadOnlyList<RequiredIndicatorWarning>> WarningsAsync(int year, IReadOnlyList<IndicatorGroup> groups, CancellationToken ct)
    {
        if (db.Tenant.CountyId is not { } countyId)
        {
            return [];
        }

        var stated = groups.SelectMany(g => g.Indicators).Where(States).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        return [.. (await required.ForAsync(countyId, year, ct)).Where(r => !stated.Contains(r.Key))
            .Select(r => new RequiredIndicatorWarning(r.Key, r.Label, $"县级要求年度报告表述“{r.Label}”，本稿没有该项数值（记录中未登记或为0）：请登记相关记录后“按最新记录重新生成数据”，或在报告中说明。"))];
    }

    private static bool States(Indicator indicator) => indicator.IsRate ? indicator.Value is not null : indicator.Value is > 0m;
}
