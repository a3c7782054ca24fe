using Fazhi.Modules.Decisions.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Decisions.Model;

/// <summary>
/// The record of one collective discussion (集体讨论决定) at the government's 常务会议 or 全体会议, or the leadership
/// meeting for a 三重一大 matter: attendees, each member's view in speaking order with the head last (第30条),
/// dissent, the outcome and the minutes. The audio is an attachment of this record.
/// </summary>
internal sealed class CollectiveMeeting : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public MeetingSubject SubjectKind { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>乡长办公会议 / 政府常务会议 / 党委会议 ….</summary>
    public string MeetingName { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public string Chair { get; set; } = "";

    public string Attendees { get; set; } = "";

    public string? Absentees { get; set; }

    public string Minutes { get; set; } = "";

    public MeetingOutcome Outcome { get; set; }

    /// <summary>第30条: reasons stated when the head's decision differs from the majority.</summary>
    public string? OverruleReasons { get; set; }

    public List<MemberView> Views { get; set; } = [];

    public int DissentCount => Views.Count(v => v.Position is MemberPosition.Disagree);

    /// <summary>True when the head's view goes against the majority of the other members.</summary>
    public bool HeadAgainstMajority
    {
        get
        {
            var head = Views.SingleOrDefault(v => v.IsHead);
            if (head is null)
            {
                return false;
            }

            var others = Views.Where(v => !v.IsHead).ToList();
            var againstAmongOthers = others.Count(v => v.Position == MemberPosition.Disagree);
            var headAgainst = head.Position == MemberPosition.Disagree;
            var majorityAgainst = againstAmongOthers * 2 > others.Count;
            var majorityFor = others.Count(v => v.Position is MemberPosition.Agree or MemberPosition.AgreeWithChanges) * 2 > others.Count;
            return (headAgainst && majorityFor) || (!headAgainst && head.Position != MemberPosition.Abstain && majorityAgainst);
        }
    }

    /// <summary>末位表态 and the truthful record (第30条).</summary>
    public void CheckRecord()
    {
        BusinessRule.Check(new MeetingHasViews(Views.Count));
        var ordered = Views.OrderBy(v => v.Order).ToList();
        BusinessRule.Check(new HeadSpeaksLast(Views.Count(v => v.IsHead), ordered[^1].IsHead));
        BusinessRule.Check(new OverruledMajorityStatesReasons(HeadAgainstMajority, OverruleReasons));
    }

    public static CollectiveMeeting Create(Guid townshipId, MeetingSubject kind, Guid subjectId, string name, DateOnly heldOn, string chair, string attendees,
        string? absentees, string minutes, MeetingOutcome outcome, string? overruleReasons, IEnumerable<MemberView> viewsInSpeakingOrder)
    {
        var meeting = new CollectiveMeeting
        {
            TownshipId = townshipId,
            SubjectKind = kind,
            SubjectId = subjectId,
            MeetingName = name.Trim(),
            HeldOn = heldOn,
            Chair = chair.Trim(),
            Attendees = attendees.Trim(),
            Absentees = string.IsNullOrWhiteSpace(absentees) ? null : absentees.Trim(),
            Minutes = minutes.Trim(),
            Outcome = outcome,
            OverruleReasons = string.IsNullOrWhiteSpace(overruleReasons) ? null : overruleReasons.Trim(),
        };
        var order = 1;
        foreach (var view in viewsInSpeakingOrder)
        {
            view.MeetingId = meeting.Id;
            view.Order = order++;
            meeting.Views.Add(view);
        }

        return meeting;
    }
}

internal sealed class MemberView
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid MeetingId { get; set; }

    /// <summary>Speaking order, from 1.</summary>
    public int Order { get; set; }

    public string Member { get; set; } = "";

    public string Post { get; set; } = "";

    /// <summary>行政首长 (乡镇长), who speaks last and decides.</summary>
    public bool IsHead { get; set; }

    public MemberPosition Position { get; set; }

    public string View { get; set; } = "";
}

/// <summary>
/// 三重一大: a matter that is not a major administrative decision but must be decided collectively (large funds, key
/// appointments, major projects); it has the same meeting record.
/// </summary>
internal sealed class CollectiveMatter : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public int Year { get; set; }

    public CollectiveMatterCategory Category { get; set; }

    public string Topic { get; set; } = "";

    public string Proposer { get; set; } = "";

    public string Background { get; set; } = "";

    /// <summary>Amount in yuan for 大额资金 and 重大项目.</summary>
    public decimal? Amount { get; set; }

    public DateOnly RegisteredOn { get; set; }

    public Guid? MeetingId { get; set; }

    public MeetingOutcome? Outcome { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public void Decide(CollectiveMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        BusinessRule.Check(new MatterDecidedOnce(Outcome is MeetingOutcome.Adopt or MeetingOutcome.Reject));
        meeting.CheckRecord();
        MeetingId = meeting.Id;
        Outcome = meeting.Outcome;
        DecidedOn = meeting.HeldOn;
    }
}

/// <summary>决策事项目录: one year's list, published on the portal after 同级党委同意 (第3条第3款).</summary>
internal sealed class DecisionCatalog : IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public int Year { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    /// <summary>The record of the Party committee's consent, e.g. 镇党委会议2026年第3次.</summary>
    public string? ApprovalReference { get; set; }

    public List<CatalogItem> Items { get; set; } = [];

    /// <summary>Stored for the portal's published view; set on approval.</summary>
    public bool IsPublic { get; set; }

    public CatalogItem AddItem(string title, DecisionCategory category, string owner, string plannedSteps, DateOnly? plannedDecisionOn, bool hearingPlanned, string? additionReason, DateOnly addedOn)
    {
        BusinessRule.Check(new CatalogAdditionNeedsReason(ApprovedOn is not null, additionReason));
        var item = new CatalogItem
        {
            CatalogId = Id,
            Order = Items.Count == 0 ? 1 : Items.Max(i => i.Order) + 1,
            Title = title.Trim(),
            Category = category,
            Owner = owner.Trim(),
            PlannedSteps = plannedSteps.Trim(),
            PlannedDecisionOn = plannedDecisionOn,
            HearingPlanned = hearingPlanned,
            AddedOn = addedOn,
            AddedAfterApproval = ApprovedOn is not null,
            AdditionReason = string.IsNullOrWhiteSpace(additionReason) ? null : additionReason.Trim(),
        };
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
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CatalogId { get; set; }

    public int Order { get; set; }

    public string Title { get; set; } = "";

    public DecisionCategory Category { get; set; }

    public string Owner { get; set; } = "";

    /// <summary>The planned steps, e.g. 公众参与、专家论证、风险评估、合法性审查、集体讨论决定.</summary>
    public string PlannedSteps { get; set; } = "";

    public DateOnly? PlannedDecisionOn { get; set; }

    public bool HearingPlanned { get; set; }

    public DateOnly AddedOn { get; set; }

    public bool AddedAfterApproval { get; set; }

    public string? AdditionReason { get; set; }
}
