using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Decisions.PublicParticipation.ScheduleHearing;

/// <summary>安排听证会 (第16条); when the materials were already served, the day they were.</summary>
public sealed record ScheduleHearingRequest(
    [Required(ErrorMessage = "请填写听证事项。"), MaxLength(200, ErrorMessage = "听证事项不超过 200 字。")] string Subject,
    [Required(ErrorMessage = "请填写听证地点。"), MaxLength(200, ErrorMessage = "地点不超过 200 字。")] string Place,
    [Required(ErrorMessage = "请填写听证日期。")] DateOnly? HeldOn,
    [Required(ErrorMessage = "请填写听证参加人遴选办法。"), MaxLength(1000, ErrorMessage = "遴选办法不超过 1000 字。")] string ParticipantSelection,
    [Required(ErrorMessage = "请填写听证参加人。"), MaxLength(2000, ErrorMessage = "参加人不超过 2000 字。")] string Participants,
    DateOnly? NoticedOn);

/// <summary>第16条: the 决策承办单位 organises the hearing; the legal clerk or a leader arranges it for the township.</summary>
internal sealed class HearingScheduledByClerkOrLeader() : WhoMayRule(
    "decisions.hearing.schedule.who", "听证会由决策承办单位组织，由法制员或领导安排（《重大行政决策程序暂行条例》第十六条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class ScheduleHearingHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<DecisionsOptions> options)
{
    public static ScheduleHearingRequest BlankFor(MajorDecision decision, DateOnly today) => new("", "", null, "", "", null);

    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, ScheduleHearingRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<HearingScheduledByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        var heldOn = request.HeldOn!.Value;
        var hearing = decision.ScheduleHearing(request.Subject, request.Place, heldOn, request.ParticipantSelection, request.Participants);
        if (request.NoticedOn is { } noticed)
        {
            decision.NoticeHearing(hearing.Id, noticed, options.Value.HearingNoticeDays);
        }
        else
        {
            // 第16条: the last day to serve the materials goes on the board, met when they are served.
            await deadlines.OpenAsync(DecisionDeadlines.HearingNotice(), decision.TownshipId, DecisionDeadlines.Subject(decision, hearing.Id, "（听证通知）"),
                heldOn.AddDays(-options.Value.HearingNoticeDays), ct);
        }

        await db.SaveChangesAsync(ct);
        return decision;
    }
}
