using Fazhi.Modules.Decisions.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Decisions.Model;

/// <summary>
/// The record of one collective discussion (集体讨论决定) at the government's 常务会议 or 全体会议, or the leadership
/// meeting for a 三重一大 matter: attendees, each member's view in speaking order with the head last (第30条),
/// dissent, the outcome and the minutes. Written once, as held; the audio is an attachment of this record.
/// </summary>
internal sealed class CollectiveMeeting : ITenantOwned
{
    private CollectiveMeeting()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public MeetingSubject SubjectKind { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>乡长办公会议 / 政府常务会议 / 党委会议 ….</summary>
    public string MeetingName { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public string Chair { get; private set; } = "";

    public string Attendees { get; private set; } = "";

    public string? Absentees { get; private set; }

    public string Minutes { get; private set; } = "";

    public MeetingOutcome Outcome { get; private set; }

    /// <summary>第30条: reasons stated when the head's decision differs from the majority.</summary>
    public string? OverruleReasons { get; private set; }

    public List<MemberView> Views { get; private set; } = [];

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

    /// <summary>The meeting as held; the views are numbered in the order given, which is the speaking order.</summary>
    public static CollectiveMeeting Create(Guid townshipId, MeetingSubject kind, Guid subjectId, string name, DateOnly heldOn, string chair, string attendees,
        string? absentees, string minutes, MeetingOutcome outcome, string? overruleReasons, IEnumerable<MemberView> viewsInSpeakingOrder)
    {
        ArgumentNullException.ThrowIfNull(viewsInSpeakingOrder);
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
            view.Attach(meeting.Id, order++);
            meeting.Views.Add(view);
        }

        return meeting;
    }
}

/// <summary>One member's view at the meeting; the record of dissent reduces that member's liability (第38条).</summary>
internal sealed class MemberView
{
    private MemberView()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid MeetingId { get; private set; }

    /// <summary>Speaking order, from 1.</summary>
    public int Order { get; private set; }

    public string Member { get; private set; } = "";

    public string Post { get; private set; } = "";

    /// <summary>行政首长 (乡镇长), who speaks last and decides.</summary>
    public bool IsHead { get; private set; }

    public MemberPosition Position { get; private set; }

    public string View { get; private set; } = "";

    /// <summary>A view as spoken, numbered when the meeting is recorded.</summary>
    public static MemberView Create(string member, string post, bool isHead, MemberPosition position, string view) => new()
    {
        Member = member.Trim(),
        Post = post.Trim(),
        IsHead = isHead,
        Position = position,
        View = view.Trim(),
    };

    internal void Attach(Guid meetingId, int order)
    {
        MeetingId = meetingId;
        Order = order;
    }
}
