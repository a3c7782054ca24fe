using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Figures;

/// <summary>One township's advisor figures of a year.</summary>
internal sealed record AdvisorYearFigures(int Advisors, int VillagesCovered, int Consultations, int PeopleServed, int Opinions, int ContractsSigned, int ContractsReviewedFirst)
{
    public static AdvisorYearFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// Advisor figures for a set of townships with a fixed few grouped queries (contracts, villages, services, reviews),
/// year-true: contracts that stood in the year, services given and contracts signed in it.
/// </summary>
internal sealed class AdvisorFiguresQuery(FazhiDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, AdvisorYearFigures>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var ids = townshipIds.Distinct().ToList();
        var standing = db.Set<AdvisorContract>().IgnoreAutoIncludes().Where(c => ids.Contains(c.TownshipId) && c.StartsOn <= end && c.EndsOn >= start);
        var advisors = await standing.GroupBy(c => c.TownshipId).Select(g => new { g.Key, Count = g.Select(c => c.AdvisorName).Distinct().Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var villages = await db.Set<AdvisorVillage>().Where(v => standing.Select(c => c.Id).Contains(v.ContractId))
            .GroupBy(v => v.TownshipId).Select(g => new { g.Key, Count = g.Select(v => v.VillageId).Distinct().Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var services = await db.Set<AdvisorService>().Where(s => ids.Contains(s.TownshipId) && s.On >= start && s.On <= end)
            .GroupBy(s => s.TownshipId)
            .Select(g => new
            {
                g.Key,
                Consultations = g.Count(s => s.Kind == ServiceKind.Consultation),
                People = g.Sum(s => s.PeopleServed),
                Opinions = g.Count(s => s.Kind == ServiceKind.Opinion),
            })
            .ToDictionaryAsync(x => x.Key, ct);
        var reviews = await db.Set<ContractReview>().Where(r => ids.Contains(r.TownshipId) && r.SignedOn >= start && r.SignedOn <= end)
            .GroupBy(r => r.TownshipId).Select(g => new { g.Key, Signed = g.Count(), First = g.Count(r => !r.SignedBeforeReview) })
            .ToDictionaryAsync(x => x.Key, ct);
        return ids.ToDictionary(id => id, id => new AdvisorYearFigures(
            advisors.GetValueOrDefault(id),
            villages.GetValueOrDefault(id),
            services.TryGetValue(id, out var s) ? s.Consultations : 0,
            services.TryGetValue(id, out s) ? s.People : 0,
            services.TryGetValue(id, out s) ? s.Opinions : 0,
            reviews.TryGetValue(id, out var r) ? r.Signed : 0,
            reviews.TryGetValue(id, out r) ? r.First : 0));
    }

    /// <summary>“本年度聘请法律顾问1名……合同审核率100%”, in the seeds' sentence style.</summary>
    public static IndicatorGroup Group(AdvisorYearFigures f, int year)
    {
        var advisors = "/workspace/advisors";
        var reviews = $"/workspace/advisors/reviews?Filter.Year={year}";
        return new IndicatorGroup("advisors", 17, "发挥法律顾问作用", "本年度", [
            Indicator.Count("advisors.advisors", "聘请法律顾问", "名", f.Advisors, "聘请法律顾问{0}", advisors),
            Indicator.Count("advisors.villages-covered", "法律顾问联系村（社区）", "个", f.VillagesCovered, "联系村（社区）{0}", advisors),
            Indicator.Count("advisors.consultations", "法律顾问提供法律咨询", "次", f.Consultations, "提供法律咨询{0}", advisors),
            Indicator.Count("advisors.people-served", "法律咨询服务群众", "人次", f.PeopleServed, "服务群众{0}", advisors),
            Indicator.Count("advisors.opinions", "法律顾问出具法律意见", "份", f.Opinions, "出具法律意见{0}", advisors),
            Indicator.Count("advisors.contracts-signed", "签订合同", "份", f.ContractsSigned, "签订合同{0}", reviews),
            Indicator.Rate("advisors.contract-review-rate", "合同审核率", f.ContractsReviewedFirst, f.ContractsSigned, "合同审核率达{0}", reviews),
        ]);
    }
}

/// <summary>The 法律顾问 subsection of part 一 of the annual report.</summary>
internal sealed class AdvisorIndicatorSource(AdvisorFiguresQuery figures) : IIndicatorSource
{
    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.ForTownshipsAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => AdvisorFiguresQuery.Group(f.Value, year));
}
