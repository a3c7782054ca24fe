using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Shared;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Intake;

/// <summary>Reads matters through the tenant filter: another township's matter does not exist for the caller.</summary>
internal sealed class MatterQueries(FazhiDbContext db)
{
    public Task<Matter?> FindAsync(Guid id, CancellationToken ct) => db.Set<Matter>().SingleOrDefaultAsync(m => m.Id == id, ct);

    public async Task<Matter> GetAsync(Guid id, CancellationToken ct) => (await FindAsync(id, ct)).OrNotFound();

    /// <summary>The repeats linked to a first record.</summary>
    public Task<List<Matter>> RepeatsOfAsync(Guid firstId, CancellationToken ct) =>
        db.Set<Matter>().IgnoreAutoIncludes().AsNoTracking().Where(m => m.LinkedToId == firstId).OrderBy(m => m.ReceivedOn).ToListAsync(ct);
}
