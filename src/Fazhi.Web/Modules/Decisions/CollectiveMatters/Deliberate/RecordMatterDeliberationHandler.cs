using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.CollectiveMatters.Deliberate;

/// <summary>
/// A 三重一大 matter is decided by the leadership collectively, the principal leader speaking last (as 第30条 requires
/// of major decisions); the legal clerk or a leader who attended records the meeting.
/// </summary>
internal sealed class MatterDeliberationRecordedByClerkOrLeader() : WhoMayRule(
    "decisions.matters.meeting.who", "“三重一大”事项由领导班子集体讨论决定，会议记录由法制员或领导登记（“三重一大”集体决策制度）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class RecordMatterDeliberationHandler(FazhiDbContext db, TimeProvider clock)
{
    public static MeetingRecordRequest BlankFor(DateOnly today) => MeetingRecordRequest.Blank("党政班子联席会议", today);

    public async Task<CollectiveMatter?> HandleAsync(Actor actor, Guid id, MeetingRecordRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<MatterDeliberationRecordedByClerkOrLeader>().Check(actor);
        if (await db.FindCollectiveMatterAsync(id, ct) is not { } matter)
        {
            return null;
        }

        var meeting = CollectiveMeeting.Create(matter.TownshipId, MeetingSubject.CollectiveMatter, matter.Id, request.MeetingName,
            request.HeldOn ?? Platform.Time.ChinaTime.Today(clock), request.Chair, request.Attendees, request.Absentees, request.Minutes, request.Outcome,
            request.OverruleReasons, request.ToViews());
        matter.Decide(meeting);
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return matter;
    }
}
