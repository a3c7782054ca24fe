using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.CollectiveMatters;

internal sealed record CollectiveMatterResponse(Guid Id, int Year, CollectiveMatterCategory Category, string Topic, string Proposer, decimal? Amount, DateOnly RegisteredOn,
    MeetingOutcome? Outcome, DateOnly? DecidedOn, Guid? MeetingId)
{
    public static CollectiveMatterResponse From(CollectiveMatter m) => new(m.Id, m.Year, m.Category, m.Topic, m.Proposer, m.Amount, m.RegisteredOn, m.Outcome, m.DecidedOn, m.MeetingId);
}

/// <summary>The 三重一大 register as the API reads it; its steps are the folders beside this file.</summary>
internal static class CollectiveMatterEndpoints
{
    internal static void MapCollectiveMatterRegister(this RouteGroupBuilder group) =>
        group.MapGet("/collective-matters", async (int? year, FazhiDbContext db, CancellationToken ct) =>
        {
            var query = db.Set<CollectiveMatter>().AsQueryable();
            if (year is not null)
            {
                query = query.Where(m => m.Year == year);
            }

            return await query.OrderByDescending(m => m.RegisteredOn).Take(1000)
                .Select(m => new CollectiveMatterResponse(m.Id, m.Year, m.Category, m.Topic, m.Proposer, m.Amount, m.RegisteredOn, m.Outcome, m.DecidedOn, m.MeetingId)).ToListAsync(ct);
        }).WithSummary("“三重一大”事项登记簿");
}
