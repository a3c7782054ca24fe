using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.CollectiveMatters.AttachAudio;

/// <summary>The meeting's audio is kept with the matter's record, as a decision's is; the clerk or a leader files it.</summary>
internal sealed class MatterAudioFiledByClerkOrLeader() : WhoMayRule(
    "decisions.matters.audio.who", "“三重一大”事项的会议录音由法制员或领导归档（“三重一大”集体决策制度）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class AttachMeetingAudioHandler(FazhiDbContext db, IAttachments attachments)
{
    public const string AudioPurpose = "会议录音";

    public async Task<CollectiveMatter?> HandleAsync(Actor actor, Guid id, string fileName, Stream content, CancellationToken ct)
    {
        WhoMayRule.Of<MatterAudioFiledByClerkOrLeader>().Check(actor);
        if (await db.FindCollectiveMatterAsync(id, ct) is not { } matter)
        {
            return null;
        }

        await attachments.AddAsync(matter.TownshipId, nameof(CollectiveMatter), matter.Id, AudioPurpose, fileName, content, ct);
        await db.SaveChangesAsync(ct);
        return matter;
    }
}
