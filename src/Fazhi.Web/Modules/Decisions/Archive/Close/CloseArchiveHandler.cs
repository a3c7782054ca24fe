using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Decisions.Archive.Close;

/// <summary>
/// 第33条: the decision-making body keeps the archive; the legal clerk, who files the procedure's records, or a leader
/// closes it. Once closed nothing in it changes, so neither officers nor the advisor may close it.
/// </summary>
internal sealed class ArchiveClosedByClerkOrLeader() : WhoMayRule(
    "decisions.archive.closing.who", "决策档案由法制员或领导归档封存（《重大行政决策程序暂行条例》第三十三条）。",
    Roles.LegalClerk, Roles.Leader);

internal sealed class CloseArchiveHandler(FazhiDbContext db, DecisionArchiveBuilder builder, TimeProvider clock)
{
    /// <summary>Seals the archive as it stands: the seal is the hash of its index, which lists every item's hash.</summary>
    public async Task<MajorDecision?> HandleAsync(Actor actor, Guid id, CancellationToken ct)
    {
        WhoMayRule.Of<ArchiveClosedByClerkOrLeader>().Check(actor);
        if (await db.FindDecisionAsync(id, ct) is not { } decision)
        {
            return null;
        }

        decision.EnsureOpen();
        var seal = DecisionArchiveBuilder.Seal(await builder.EntriesAsync(decision, ct));
        decision.CloseArchive(actor.Name, Platform.Time.ChinaTime.Today(clock), seal);
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
