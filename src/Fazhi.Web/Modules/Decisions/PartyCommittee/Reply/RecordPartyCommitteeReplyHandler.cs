using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.PartyCommittee.Reply;

/// <summary>The 同级党委's reply to the report (第31条): agreed or not, its opinion, the day (today when empty).</summary>
public sealed record RecordPartyCommitteeReplyRequest(
    [Required(ErrorMessage = "请选择党委是否同意。")] bool? Agreed,
    [Required(ErrorMessage = "请填写党委的意见。"), MaxLength(4000, ErrorMessage = "意见不超过 4000 字。")] string Reply,
    DateOnly? RepliedOn);

/// <summary>第31条: the committee's reply is recorded as given by the legal clerk or a leader.</summary>
internal sealed class PartyCommitteeReplyRecordedByClerkOrLeader() : WhoMayRule(
    "decisions.party-committee.reply.who", "同级党委的意见由法制员或领导如实登记（《重大行政决策程序暂行条例》第三十一条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class RecordPartyCommitteeReplyHandler(FazhiDbContext db, IAttachments attachments, TimeProvider clock)
{
    /// <summary>What the committee's written reply is filed as in the decision's archive (第33条).</summary>
    public const string ReplyFilePurpose = "同级党委意见（第三十一条）";

    public static RecordPartyCommitteeReplyRequest BlankFor(MajorDecision decision, DateOnly today) => new(null, "", today);

    /// <summary>
    /// Records the reply and, when given, the committee's written reply in the archive, in one save: a file the store
    /// refuses leaves the reply unrecorded too, so the page never shows a reply whose document was lost.
    /// </summary>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, RecordPartyCommitteeReplyRequest request, (string FileName, Stream Content)? replyFile, CancellationToken ct)
    {
        WhoMayRule.Of<PartyCommitteeReplyRecordedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        decision.RecordPartyCommitteeReply(request.Agreed!.Value, request.Reply, request.RepliedOn ?? Platform.Time.ChinaTime.Today(clock));
        if (replyFile is { } file)
        {
            await attachments.AddAsync(decision.TownshipId, nameof(MajorDecision), decision.Id, ReplyFilePurpose, file.FileName, file.Content, ct);
        }

        await db.SaveChangesAsync(ct);
        return decision;
    }
}
