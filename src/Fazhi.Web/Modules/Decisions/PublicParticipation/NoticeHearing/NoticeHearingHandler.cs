using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Decisions.PublicParticipation.NoticeHearing;

/// <summary>The day the hearing's materials, time and place were published and served (第16条); today when empty.</summary>
internal sealed record NoticeHearingRequest(DateOnly? On);

/// <summary>第16条: the 决策承办单位 serves the materials; the legal clerk or a leader records it.</summary>
internal sealed class HearingNoticedByClerkOrLeader() : WhoMayRule(
    "decisions.hearing.notice.who", "听证材料由决策承办单位公布并送达听证参加人，由法制员或领导登记（《重大行政决策程序暂行条例》第十六条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class NoticeHearingHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<DecisionsOptions> options, TimeProvider clock)
{
    public static NoticeHearingRequest BlankFor(MajorDecision decision, DateOnly today) => new(today);

    /// <returns>Null when there is no such decision or it has no such hearing.</returns>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, Guid hearingId, NoticeHearingRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<HearingNoticedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision || decision.Hearing(hearingId) is null)
        {
            return null;
        }

        var on = request.On ?? Platform.Time.ChinaTime.Today(clock);
        decision.NoticeHearing(hearingId, on, options.Value.HearingNoticeDays);
        await deadlines.MeetAsync(DecisionDeadlines.HearingNoticeCode, hearingId, on, ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
