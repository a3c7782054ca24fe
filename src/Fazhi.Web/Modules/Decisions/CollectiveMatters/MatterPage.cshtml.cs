using Fazhi.Modules.Decisions.CollectiveMatters.AttachAudio;
using Fazhi.Modules.Decisions.CollectiveMatters.Deliberate;
using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Decisions.CollectiveMatters;

/// <summary>A 三重一大 matter: its meetings with each member's view, the audio, and the forms of its steps for whom they admit.</summary>
internal sealed class MatterPage(FazhiDbContext db, IAttachments attachments, TimeProvider clock) : PageModel
{
    public static string PathFor(Guid id) => $"/workspace/decisions/collective-matters/{id}";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CollectiveMatter Matter { get; private set; } = null!;

    public List<CollectiveMeeting> Meetings { get; private set; } = [];

    public IReadOnlyList<AttachmentInfo> Files { get; private set; } = [];

    /// <summary>The meeting form, shown while the matter awaits (or is back for) a decision.</summary>
    public MeetingRecordRequest? MeetingForm { get; private set; }

    public bool MayFileAudio { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.FindCollectiveMatterAsync(Id, ct) is not { } matter)
        {
            return NotFound();
        }

        var actor = User.ToActor();
        Matter = matter;
        Meetings = await db.MeetingsForAsync(Id, ct);
        Files = await attachments.ForOwnerAsync(Id, ct);
        MeetingForm = !matter.IsDecided && WhoMayRule.Of<MatterDeliberationRecordedByClerkOrLeader>().Admits(actor)
            ? RecordMatterDeliberationHandler.BlankFor(Platform.Time.ChinaTime.Today(clock))
            : null;
        MayFileAudio = WhoMayRule.Of<MatterAudioFiledByClerkOrLeader>().Admits(actor);
        return Page();
    }
}
