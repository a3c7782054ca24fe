using Fazhi.Modules.Documents.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Documents.Model;

/// <summary>清理: a campaign lists every document in force and decides each one; the result list is published (37号, 太霞乡 2022 报告).</summary>
internal sealed class CleanupCampaign : IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public string Title { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    public string StartedBy { get; set; } = "";

    public bool IsPublic { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public List<CleanupItem> Items { get; set; } = [];

    public void Decide(Guid documentId, CleanupOutcome outcome, string reason)
    {
        BusinessRule.Check(new CleanupNotYetPublished(IsPublic));
        var item = Items.Single(i => i.DocumentId == documentId);
        item.Outcome = outcome;
        item.Reason = reason;
    }

    public void Publish(DateOnly today)
    {
        BusinessRule.Check(new CleanupNotYetPublished(IsPublic));
        BusinessRule.Check(new CleanupItemsAllDecided(Items.Count(i => i.Outcome is null)));
        IsPublic = true;
        PublishedOn = today;
    }
}

/// <summary>One document of a cleanup list, copied when the campaign starts so the published list is self-contained.</summary>
internal sealed class CleanupItem
{
    public Guid DocumentId { get; set; }

    public string Title { get; set; } = "";

    public string DocumentNumber { get; set; } = "";

    public CleanupOutcome? Outcome { get; set; }

    public string? Reason { get; set; }
}
