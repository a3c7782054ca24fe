using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Shared;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Mediation.Committees;

internal sealed class CommitteeQueries(FazhiDbContext db)
{
    public Task<MediationCommittee?> FindAsync(Guid id, CancellationToken ct) => db.Set<MediationCommittee>().SingleOrDefaultAsync(c => c.Id == id, ct);

    public async Task<MediationCommittee> GetAsync(Guid id, CancellationToken ct) => (await FindAsync(id, ct)).OrNotFound();

    public Task<List<MediationCommittee>> AllAsync(CancellationToken ct) =>
        db.Set<MediationCommittee>().OrderBy(c => c.Level).ThenBy(c => c.Name).ToListAsync(ct);
}

internal sealed record MediatorResponse(Guid Id, string Name, string Gender, string Role, bool IsLawyer, DateOnly FromOn, DateOnly? ToOn);

internal sealed record CommitteeResponse(Guid Id, string Name, string Level, string? Village, DateOnly FormedOn, DateOnly TermEndsOn, int Term, IReadOnlyList<MediatorResponse> Mediators)
{
    public static CommitteeResponse From(MediationCommittee c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.Name, DisputeLabels.Level(c.Level), c.VillageName, c.FormedOn, c.TermEndsOn, c.Term,
            [.. c.Mediators.OrderBy(m => m.Role).ThenBy(m => m.FromOn).Select(m => new MediatorResponse(m.Id, m.Name, DisputeLabels.Gender(m.Gender), DisputeLabels.Role(m.Role), m.IsLawyer, m.FromOn, m.ToOn))]);
    }
}
