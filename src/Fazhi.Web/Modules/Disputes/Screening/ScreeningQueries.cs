using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Shared;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Screening;

internal sealed class ScreeningQueries(FazhiDbContext db)
{
    public Task<ScreeningRound?> FindRoundAsync(Guid id, CancellationToken ct) => db.Set<ScreeningRound>().SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>A finding, tracked: its round is loaded with it so that the change goes through the aggregate.</summary>
    public async Task<ScreeningFinding?> FindAsync(Guid findingId, CancellationToken ct)
    {
        var roundId = await db.Set<ScreeningFinding>().Where(f => f.Id == findingId).Select(f => (Guid?)f.RoundId).SingleOrDefaultAsync(ct);
        if (roundId is null)
        {
            return null;
        }

        var round = await db.Set<ScreeningRound>().SingleAsync(r => r.Id == roundId, ct);
        return round.Finding(findingId);
    }

    public Task<ScreeningFinding?> FindFindingAsync(Guid findingId, CancellationToken ct) => FindAsync(findingId, ct);

    public async Task<ScreeningFinding> FindingAsync(Guid findingId, CancellationToken ct) => (await FindAsync(findingId, ct)).OrNotFound();

    public async Task<ScreeningFinding> GetAsync(Guid findingId, CancellationToken ct) => (await FindAsync(findingId, ct)).OrNotFound();
}

internal sealed record FindingResponse(Guid Id, Guid RoundId, string Area, DateOnly FoundOn, string Summary, string Status, DateOnly? ResolvedOn, string? Leader, DateOnly? LeaderDueOn)
{
    public static FindingResponse From(ScreeningFinding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Id, f.RoundId, f.Area, f.FoundOn, f.Summary, DisputeLabels.Finding(f.Status), f.ResolvedOn, f.LeaderName, f.LeaderDueOn);
    }
}

internal sealed record RoundResponse(Guid Id, string Area, DateOnly ConductedOn, string Team, IReadOnlyList<FindingResponse> Findings)
{
    public static RoundResponse From(ScreeningRound r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Area, r.ConductedOn, r.Team, [.. r.Findings.OrderBy(f => f.Order).Select(FindingResponse.From)]);
    }
}
