using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.PublicParticipation.RecordHearing;

/// <summary>听证笔录 (第17条): the record, confirmed and signed by the participants; the day it was made (today when empty).</summary>
public sealed record RecordHearingRequest(
    [Required(ErrorMessage = "请填写听证笔录。"), MaxLength(20000, ErrorMessage = "笔录不超过 20000 字。")] string Record,
    bool ParticipantsSigned,
    DateOnly? On);

/// <summary>第17条: the hearing's organiser keeps the record; the legal clerk or a leader enters it.</summary>
internal sealed class HearingRecordedByClerkOrLeader() : WhoMayRule(
    "decisions.hearing.record.who", "听证笔录由组织听证的决策承办单位制作，由法制员或领导登记（《重大行政决策程序暂行条例》第十七条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class RecordHearingHandler(FazhiDbContext db, TimeProvider clock)
{
    public static RecordHearingRequest BlankFor(MajorDecision decision, DateOnly today) => new("", false, null);

    /// <returns>Null when there is no such decision or it has no such hearing.</returns>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, Guid hearingId, RecordHearingRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<HearingRecordedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision || decision.Hearing(hearingId) is null)
        {
            return null;
        }

        decision.RecordHearing(hearingId, request.Record, request.ParticipantsSigned, request.On ?? Platform.Time.ChinaTime.Today(clock));
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
