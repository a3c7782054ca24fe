using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Shared;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Petitions;

internal sealed class PetitionQueries(FazhiDbContext db)
{
    public Task<Petition?> FindAsync(Guid id, CancellationToken ct) => db.Set<Petition>().SingleOrDefaultAsync(p => p.Id == id, ct);

    public async Task<Petition> GetAsync(Guid id, CancellationToken ct) => (await FindAsync(id, ct)).OrNotFound();

    public Task<int> NextSequenceAsync(Guid townshipId, int year, CancellationToken ct) =>
        NumberSeries.NextAsync<Petition>(db, townshipId, year, ct);

    /// <summary>
    /// Another petition of the same requester's same matter (the matter's first record and its linked repeats) that bars a
    /// second acceptance (第十九条第三款、第三十六条第三款).
    /// </summary>
    public async Task<Petition?> EarlierAcceptedAsync(Petition petition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var matter = await db.Set<Matter>().IgnoreAutoIncludes().AsNoTracking().SingleAsync(m => m.Id == petition.MatterId, ct);
        var first = matter.LinkedToId ?? matter.Id;
        var related = await db.Set<Matter>().IgnoreAutoIncludes().Where(m => m.Id == first || m.LinkedToId == first).Select(m => m.Id).ToListAsync(ct);
        var others = await db.Set<Petition>().AsNoTracking().Where(p => related.Contains(p.MatterId) && p.Id != petition.Id && p.AcceptedOn != null).ToListAsync(ct);
        return others.OrderBy(p => p.AcceptedOn).FirstOrDefault(p => p.BarsAnotherAcceptance);
    }

    public static DeadlineSubject SubjectOf(Petition p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new DeadlineSubject(DisputesModule.Key, nameof(Petition), p.Id, p.Title, $"/workspace/disputes/petitions/{p.Id}");
    }
}

internal sealed record PetitionResponse(Guid Id, string Number, Guid MatterId, string Subject, string Source, string Status, DateOnly ReceivedOn, DateOnly? AcceptedOn,
    DateOnly? HandlingDueOn, int ExtensionDays, DateOnly? OpinionIssuedOn, string? OpinionResult, string? AcceptedElsewhereBy)
{
    public static PetitionResponse From(Petition p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Number, p.MatterId, p.Subject, DisputeLabels.PetitionSource(p.Source), DisputeLabels.PetitionStatus(p.Status), p.ReceivedOn, p.AcceptedOn,
            p.HandlingDueOn, p.ExtensionDays, p.OpinionIssuedOn, p.OpinionResult is { } r ? DisputeLabels.Opinion(r) : null, p.AcceptedElsewhereBy);
    }
}
