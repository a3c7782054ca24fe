using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.Catalog.Approve;

public sealed record ApproveCatalogRequest(
    [Required(ErrorMessage = "请填写党委同意的会议或文件。"), MaxLength(200, ErrorMessage = "不超过 200 字。")] string Reference,
    DateOnly? On);

/// <summary>
/// 第3条第3款: the catalogue is published after the Party committee at the same level agrees. The leader, or the
/// legal clerk recording the committee's consent, publishes it; officers and the advisor do not.
/// </summary>
internal sealed class CatalogApprovedByLeaderOrClerk() : WhoMayRule(
    "decisions.catalog.approval.who", "决策事项目录经同级党委同意后，由领导或法制员登记并公布（《重大行政决策程序暂行条例》第三条第三款）。", Roles.Leader, Roles.LegalClerk);

internal sealed class ApproveCatalogHandler(FazhiDbContext db, Fazhi.Modules.Disclosure.Contracts.IDisclosureCatalogue catalogue, TimeProvider clock)
{
    /// <returns>Null when the township has no catalogue for <paramref name="year"/>.</returns>
    public async Task<DecisionCatalog?> HandleAsync(Actor actor, int year, ApproveCatalogRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<CatalogApprovedByLeaderOrClerk>().Check(actor);
        var catalog = await new CatalogQueries(db).FindAsync(actor.TownshipId!.Value, year, ct);
        if (catalog is null)
        {
            return null;
        }

        catalog.Approve(request.On ?? Platform.Time.ChinaTime.Today(clock), request.Reference);
        // Published now (第三条第三款), so it enters the 政府信息公开目录 in the same save.
        await CatalogPublication.FileAsync(db, catalogue, catalog, catalog.ApprovedOn!.Value, ct);
        await db.SaveChangesAsync(ct);
        return catalog;
    }
}
