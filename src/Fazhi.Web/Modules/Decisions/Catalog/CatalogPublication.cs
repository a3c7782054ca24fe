using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Disclosure.Contracts;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Catalog;

/// <summary>
/// The approved 决策事项目录 is information the 重大行政决策程序暂行条例 (第三条第三款) requires to be published, so it is
/// filed into the 政府信息公开目录 under 第二十条第十五项 when it is published, and refreshed (same 索引号) when an item is
/// added to it afterwards — a change the catalogue must show within 20 working days (《政府信息公开条例》第二十六条).
/// </summary>
internal static class CatalogPublication
{
    public static async Task FileAsync(FazhiDbContext db, IDisclosureCatalogue catalogue, DecisionCatalog catalog, DateOnly changedOn, CancellationToken ct)
    {
        if (catalog.ApprovedOn is not { } approvedOn)
        {
            return;
        }

        var code = await db.Set<Township>().Where(t => t.Id == catalog.TownshipId).Select(t => t.DivisionCode).SingleAsync(ct);
        await catalogue.FileAsync(new CatalogueFiling("decisions.catalog", catalog.Id, catalog.TownshipId, CatalogueCategory.OtherByLaw,
            $"{catalog.Year}年度重大行政决策事项目录",
            $"{catalog.Year}年度重大行政决策事项目录，共 {catalog.Items.Count} 项，经同级党委同意（{catalog.ApprovalReference}）后公布。",
            approvedOn, changedOn, $"/t/{code}/decisions/catalog/{catalog.Year}"), ct);
    }
}
