using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Decisions.Archive;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;

namespace Fazhi.Modules.Decisions.Record;

/// <summary>Everything a decision's page shows: the decision, its meetings, the consultation, its files and deadlines, and the seal check.</summary>
internal sealed record DecisionRecord(
    MajorDecision Decision,
    IReadOnlyList<CollectiveMeeting> Meetings,
    ConsultationInfo? Consultation,
    IReadOnlyList<AttachmentInfo> Files,
    IReadOnlyList<DeadlineInfo> Deadlines,
    bool? SealHolds);

internal sealed class DecisionRecordQuery(FazhiDbContext db, IConsultations consultations, IAttachments attachments, IDeadlines deadlines, ArchiveReader archive, TimeProvider clock)
{
    public async Task<DecisionRecord?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        var meetings = await db.MeetingsForAsync(id, ct);
        var consultation = decision.ConsultationId is { } c ? await consultations.FindAsync(c, Platform.Time.ChinaTime.Today(clock), ct) : null;
        var files = (await attachments.ForOwnerAsync(id, ct)).ToList();
        foreach (var m in meetings)
        {
            files.AddRange(await attachments.ForOwnerAsync(m.Id, ct));
        }

        // A hearing's notice, a milestone and an evaluation carry their own deadlines, keyed by the part's id.
        var due = (await deadlines.ForSubjectAsync(id, ct)).ToList();
        foreach (var part in decision.Hearings.Select(h => h.Id).Concat(decision.Milestones.Select(m => m.Id)).Concat(decision.Evaluations.Select(e => e.Id)))
        {
            due.AddRange(await deadlines.ForSubjectAsync(part, ct));
        }

        return new DecisionRecord(decision, meetings, consultation, files, [.. due.OrderBy(x => x.DueDate)], await archive.SealHoldsAsync(decision, ct));
    }
}
