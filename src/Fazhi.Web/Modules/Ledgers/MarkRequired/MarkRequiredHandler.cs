using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Ledgers.Catalogue;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.MarkRequired;

/// <summary>标记必报指标: the year and every indicator key the county now requires (the ones left out are no longer required).</summary>
public sealed record MarkRequiredRequest(
    [Range(2000, 2100, ErrorMessage = "请填写年度（2000—2100）。")] int Year,
    IReadOnlyList<string>? Keys);

/// <summary>The county sets what its townships' reports must state (督察工作规定 第二十五条 lists what a report contains; the county supervises it, 第四条); a township does not.</summary>
internal sealed class RequiredIndicatorsMarkedByCounty() : WhoMayRule(
    "ledgers.required.who", "必报指标由县级机关确定（《法治政府建设与责任落实督察工作规定》第二十五条规定年度报告的内容，县级督察其落实），须由县级审查员操作。",
    Roles.CountyReviewer);

internal sealed record RequiredIndicatorIsInTheCatalogue(string Key, bool Known) : IBusinessRule
{
    public bool IsBroken => !Known;

    public string Code => "ledgers.required.unknown-indicator";

    public string Message => $"指标代码“{Key}”不在本县该年度的指标目录中。";

    public string? Field => "Keys";
}

internal sealed class MarkRequiredHandler(FazhiDbContext db, IndicatorCatalogue catalogue, TimeProvider clock)
{
    public async Task<IReadOnlyList<RequiredIndicator>> HandleAsync(Actor actor, MarkRequiredRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<RequiredIndicatorsMarkedByCounty>().Check(actor);
        var countyId = actor.CountyId ?? throw new InvalidOperationException("A county reviewer always belongs to a county.");
        var townships = await db.Set<Township>().AsNoTracking().Where(t => t.CountyId == countyId).Select(t => t.Id).ToListAsync(ct);
        var entries = (await catalogue.ForTownshipsAsync(townships, request.Year, ct)).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var keys = (request.Keys ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            BusinessRule.Check(new RequiredIndicatorIsInTheCatalogue(key, entries.ContainsKey(key)));
        }

        var marked = await db.Set<RequiredIndicator>().Where(r => r.CountyId == countyId && r.Year == request.Year).ToListAsync(ct);
        db.RemoveRange(marked.Where(r => !keys.Contains(r.IndicatorKey)));
        foreach (var key in keys.Where(k => marked.All(r => r.IndicatorKey != k)))
        {
            var entry = entries[key];
            var label = $"{entry.Heading}·{entry.Label}";
            db.Add(new RequiredIndicator(countyId, request.Year, key, label.Length > 120 ? entry.Label : label, actor.Name, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(ct);
        return await db.Set<RequiredIndicator>().AsNoTracking().Where(r => r.CountyId == countyId && r.Year == request.Year).OrderBy(r => r.IndicatorKey).ToListAsync(ct);
    }
}
