using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Model;

/// <summary>Loading the module's aggregates for a step; the tenant filter makes another township's record absent (404).</summary>
internal static class DecisionLoading
{
    public static Task<MajorDecision?> FindDecisionAsync(this FazhiDbContext db, Guid id, CancellationToken ct) =>
        db.Set<MajorDecision>().SingleOrDefaultAsync(d => d.Id == id, ct);

    public static Task<CollectiveMatter?> FindCollectiveMatterAsync(this FazhiDbContext db, Guid id, CancellationToken ct) =>
        db.Set<CollectiveMatter>().SingleOrDefaultAsync(m => m.Id == id, ct);

    public static Task<List<CollectiveMeeting>> MeetingsForAsync(this FazhiDbContext db, Guid subjectId, CancellationToken ct) =>
        db.Set<CollectiveMeeting>().Where(m => m.SubjectId == subjectId).OrderBy(m => m.HeldOn).ToListAsync(ct);

    public static Task<CollectiveMeeting?> MeetingAsync(this FazhiDbContext db, Guid? meetingId, CancellationToken ct) =>
        meetingId is null ? Task.FromResult<CollectiveMeeting?>(null) : db.Set<CollectiveMeeting>().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
}
