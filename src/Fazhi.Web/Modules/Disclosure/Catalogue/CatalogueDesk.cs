using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Catalogue;

/// <summary>What the catalogue's steps share: today, the township's division code for the 索引号, the publication deadline's subject.</summary>
internal sealed class CatalogueDesk(FazhiDbContext db, IDeadlines deadlines, TimeProvider clock)
{
    public FazhiDbContext Db => db;

    public IDeadlines Deadlines => deadlines;

    public DateOnly Today => ChinaTime.Today(clock);

    public Task<DisclosureItem?> FindAsync(Guid id, CancellationToken ct) => db.Set<DisclosureItem>().SingleOrDefaultAsync(e => e.Id == id, ct);

    public Task<string> DivisionCodeAsync(Guid townshipId, CancellationToken ct) =>
        db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(ct);

    public Task<int> NextSequenceAsync(Guid townshipId, int year, CancellationToken ct) =>
        NumberSeries.NextAsync<DisclosureItem>(db, townshipId, year, ct);

    public static DeadlineSubject SubjectOf(DisclosureItem e) =>
        new("disclosure", nameof(DisclosureItem), e.Id, $"主动公开：{e.Title}", "/workspace/disclosure/catalogue");
}
