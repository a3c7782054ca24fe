using Fazhi.Modules.Decisions.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Decisions.Model;

/// <summary>
/// 三重一大: a matter that is not a major administrative decision but must be decided collectively (large funds, key
/// appointments, major projects); it has the same meeting record, with the head speaking last.
/// </summary>
internal sealed class CollectiveMatter : ITenantOwned
{
    private CollectiveMatter()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public int Year { get; private set; }

    public CollectiveMatterCategory Category { get; private set; }

    public string Topic { get; private set; } = "";

    public string Proposer { get; private set; } = "";

    public string Background { get; private set; } = "";

    /// <summary>Amount in yuan for 大额资金 and 重大项目.</summary>
    public decimal? Amount { get; private set; }

    public DateOnly RegisteredOn { get; private set; }

    public Guid? MeetingId { get; private set; }

    public MeetingOutcome? Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Adopted or rejected: the register's entry is closed; a postponed or revised matter goes back to the meeting.</summary>
    public bool IsDecided => Outcome is MeetingOutcome.Adopt or MeetingOutcome.Reject;

    public static CollectiveMatter Register(Guid townshipId, CollectiveMatterCategory category, string topic, string proposer, string background, decimal? amount, DateOnly registeredOn) => new()
    {
        TownshipId = townshipId,
        Year = registeredOn.Year,
        Category = category,
        Topic = topic.Trim(),
        Proposer = proposer.Trim(),
        Background = background.Trim(),
        Amount = amount,
        RegisteredOn = registeredOn,
    };

    public void Decide(CollectiveMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        BusinessRule.Check(new MatterDecidedOnce(IsDecided));
        meeting.CheckRecord();
        MeetingId = meeting.Id;
        Outcome = meeting.Outcome;
        DecidedOn = meeting.HeldOn;
    }
}
