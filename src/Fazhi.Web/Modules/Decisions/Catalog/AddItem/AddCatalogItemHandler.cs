using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.Catalog.AddItem;

/// <summary>列入或增补决策事项: one item of the year's catalogue; after publication an addition needs its reason.</summary>
public sealed record AddCatalogItemRequest(
    [Required(ErrorMessage = "请填写决策事项名称。"), MaxLength(200, ErrorMessage = "名称不超过 200 字。")] string Title,
    [EnumDataType(typeof(DecisionCategory), ErrorMessage = "请选择决策事项类别。")] DecisionCategory Category,
    [Required(ErrorMessage = "请填写承办单位。"), MaxLength(100, ErrorMessage = "承办单位不超过 100 字。")] string Owner,
    [Required(ErrorMessage = "请填写拟履行的程序。"), MaxLength(500, ErrorMessage = "程序不超过 500 字。")] string PlannedSteps,
    DateOnly? PlannedDecisionOn,
    bool HearingPlanned,
    [MaxLength(1000, ErrorMessage = "增补理由不超过 1000 字。")] string? AdditionReason,
    DateOnly? AddedOn)
{
    /// <summary>The empty form, with the steps 第2章 requires of most decisions already written.</summary>
    public static AddCatalogItemRequest Blank { get; } =
        new("", DecisionCategory.PublicPolicy, "", "公众参与、专家论证、风险评估、合法性审查、集体讨论决定", null, false, null, null);
}

/// <summary>
/// The catalogue is drafted by the office that runs decisions and approved by the leadership (第3条第3款): the legal
/// clerk or a leader lists items; enforcement officers and the advisor do not.
/// </summary>
internal sealed class CatalogItemsListedByClerkOrLeader() : WhoMayRule(
    "decisions.catalog.items.who", "决策事项目录由法制员或领导编制、增补（《重大行政决策程序暂行条例》第三条第三款）。", Roles.LegalClerk, Roles.Leader);

internal sealed class AddCatalogItemHandler(FazhiDbContext db, Fazhi.Modules.Disclosure.Contracts.IDisclosureCatalogue catalogue, TimeProvider clock)
{
    public async Task<CatalogItem> HandleAsync(Actor actor, int year, AddCatalogItemRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<CatalogItemsListedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff keep a catalogue.");
        var catalog = await new CatalogQueries(db).FindAsync(townshipId, year, ct);
        if (catalog is null)
        {
            catalog = DecisionCatalog.Open(townshipId, year);
            db.Add(catalog);
        }

        var item = catalog.AddItem(request.Title, request.Category, request.Owner, request.PlannedSteps, request.PlannedDecisionOn, request.HearingPlanned,
            request.AdditionReason, request.AddedOn ?? Platform.Time.ChinaTime.Today(clock));
        // An item added to a published catalogue changes published information: its 目录 entry is refreshed.
        await CatalogPublication.FileAsync(db, catalogue, catalog, item.AddedOn, ct);
        await db.SaveChangesAsync(ct);
        return item;
    }
}
