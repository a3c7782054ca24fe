using Fazhi.Modules.Decisions.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Decisions.Model;

/// <summary>决策事项目录: one year's list, published on the portal after 同级党委同意 (第3条第3款).</summary>
internal sealed class DecisionCatalog : IPublishable
{
    private DecisionCatalog()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>The record of the Party committee's consent, e.g. 镇党委会议2026年第3次.</summary>
    public string? ApprovalReference { get; private set; }

    public List<CatalogItem> Items { get; private set; } = [];

    /// <summary>Stored for the portal's published view; set on approval.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>The township's catalogue of <paramref name="year"/>, empty until its first item is listed.</summary>
    public static DecisionCatalog Open(Guid townshipId, int year) => new() { TownshipId = townshipId, Year = year };

    public CatalogItem AddItem(string title, DecisionCategory category, string owner, string plannedSteps, DateOnly? plannedDecisionOn, bool hearingPlanned, string? additionReason, DateOnly addedOn)
    {
        BusinessRule.Check(new CatalogAdditionNeedsReason(ApprovedOn is not null, additionReason));
        var item = new CatalogItem(Id, Items.Count == 0 ? 1 : Items.Max(i => i.Order) + 1, title.Trim(), category, owner.Trim(), plannedSteps.Trim(), plannedDecisionOn,
            hearingPlanned, addedOn, ApprovedOn is not null, string.IsNullOrWhiteSpace(additionReason) ? null : additionReason.Trim());
        Items.Add(item);
        return item;
    }

    public void Approve(DateOnly on, string reference)
    {
        BusinessRule.Check(new CatalogApprovedOnce(ApprovedOn is not null));
        BusinessRule.Check(new CatalogHasItems(Items.Count));
        ApprovedOn = on;
        IsPublic = true;
        ApprovalReference = reference.Trim();
    }
}

internal sealed class CatalogItem
{
    private CatalogItem()
    {
    }

    internal CatalogItem(Guid catalogId, int order, string title, DecisionCategory category, string owner, string plannedSteps, DateOnly? plannedDecisionOn,
        bool hearingPlanned, DateOnly addedOn, bool addedAfterApproval, string? additionReason)
    {
        CatalogId = catalogId;
        Order = order;
        Title = title;
        Category = category;
        Owner = owner;
        PlannedSteps = plannedSteps;
        PlannedDecisionOn = plannedDecisionOn;
        HearingPlanned = hearingPlanned;
        AddedOn = addedOn;
        AddedAfterApproval = addedAfterApproval;
        AdditionReason = additionReason;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CatalogId { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; } = "";

    public DecisionCategory Category { get; private set; }

    public string Owner { get; private set; } = "";

    /// <summary>The planned steps, e.g. 公众参与、专家论证、风险评估、合法性审查、集体讨论决定.</summary>
    public string PlannedSteps { get; private set; } = "";

    public DateOnly? PlannedDecisionOn { get; private set; }

    public bool HearingPlanned { get; private set; }

    public DateOnly AddedOn { get; private set; }

    public bool AddedAfterApproval { get; private set; }

    public string? AdditionReason { get; private set; }
}
