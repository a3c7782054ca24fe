using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Documents.Deliberation;

public sealed record DeliberationRequest(
    [Required(ErrorMessage = "请填写会议日期。")] DateOnly? MeetingDate,
    [Required(ErrorMessage = "请填写参会人员。"), MaxLength(2000, ErrorMessage = "参会人员不超过 2000 字。")] string Attendees,
    DeliberationDecision Decision,
    [MaxLength(5000, ErrorMessage = "不同意见不超过 5000 字。")] string? DissentingViews,
    [Required(ErrorMessage = "请填写会议纪要。"), MaxLength(50000, ErrorMessage = "会议纪要过长。")] string Minutes);

/// <summary>集体审议: refused unless the current version passed the legality review (115号 (七)).</summary>
internal sealed class DeliberationHandler(FazhiDbContext db, IAttachments attachments, TimeProvider clock)
{
    public const string AudioPurpose = "会议录音";

    public async Task<Model.Deliberation?> RecordAsync(Guid id, DeliberationRequest request, Actor who, string? audioName, Stream? audio, CancellationToken ct)
    {
        WhoMayRule.Of<DeliberationRecordedByClerkOrLeader>().Check(who);
        var actor = who.ForDocuments();
        var document = await db.LoadDocumentAsync(id, ct);
        if (document is null)
        {
            return null;
        }

        var deliberation = document.Deliberate(request.MeetingDate!.Value, request.Attendees, request.Decision, request.DissentingViews, request.Minutes, actor, clock.GetUtcNow());
        if (audio is not null && audioName is not null)
        {
            await attachments.AddAsync(document.TownshipId, nameof(Model.Deliberation), deliberation.Id, AudioPurpose, audioName, audio, ct);
        }

        await db.SaveChangesAsync(ct);
        return deliberation;
    }
}

/// <summary>The government's meeting deliberates (115号 (七)); its record is entered by the clerk or a leader. Checked by the handler; the page handler and the endpoint name it (ADR 0010).</summary>
internal sealed class DeliberationRecordedByClerkOrLeader() : WhoMayRule(
    "documents.deliberation.who", "集体审议记录由制定机关的法制员或领导登记（国办发〔2018〕115号（七）集体审议）。", Roles.LegalClerk, Roles.Leader);
