using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Decisions.CollectiveDeliberation;

/// <summary>
/// 第30条: the decision is made at the government's 常务会议 or 全体会议, the head deciding last. The legal clerk, who
/// keeps the meeting's record for the procedure, or a leader who attended enters it; officers and the legal advisor
/// (who attends to advise, 第28条) do not.
/// </summary>
internal sealed class CollectiveDeliberationRecordedByClerkOrLeader() : WhoMayRule(
    "decisions.collective-deliberation.who", "集体讨论决定由决策机关常务会议或全体会议作出，会议记录由法制员或领导登记（《重大行政决策程序暂行条例》第三十条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class RecordCollectiveDeliberationHandler(FazhiDbContext db, IOptions<DecisionsOptions> options, TimeProvider clock)
{
    public static MeetingRecordRequest BlankFor(MajorDecision decision, DateOnly today) => MeetingRecordRequest.Blank("政府常务会议", today);

    /// <summary>第30条: the meeting is stored only when every rule before the decision and of its record holds.</summary>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, MeetingRecordRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<CollectiveDeliberationRecordedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        var meeting = CollectiveMeeting.Create(decision.TownshipId, MeetingSubject.MajorDecision, decision.Id, request.MeetingName,
            request.HeldOn ?? Platform.Time.ChinaTime.Today(clock), request.Chair, request.Attendees, request.Absentees, request.Minutes, request.Outcome,
            request.OverruleReasons, request.ToViews());
        decision.Decide(meeting, options.Value.RequireRiskAssessment);
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
