using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Model;

internal static class DocumentAccess
{
    /// <summary>The aggregate with what its rules read; the tenant filter keeps other townships' documents out.</summary>
    public static Task<NormativeDocument?> LoadDocumentAsync(this FazhiDbContext db, Guid id, CancellationToken ct) =>
        db.Set<NormativeDocument>()
            .Include(d => d.Versions)
            .Include(d => d.Reviews)
            .Include(d => d.Deliberations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>The name the document's history records for the person taking a step.</summary>
    public static DocumentActor ForDocuments(this Actor actor) => new(actor.UserName, actor.Name);
}

internal static class DocumentClock
{
    /// <summary>Today in China Standard Time: statutory days are Beijing days.</summary>
    public static DateOnly Today(this TimeProvider clock) => Fazhi.Platform.Time.ChinaTime.Today(clock);
}
