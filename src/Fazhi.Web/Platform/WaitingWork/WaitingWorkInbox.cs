using System.Security.Claims;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.WaitingWork;

/// <summary>
/// 待我办理: what waits on the signed-in person, from every module's <see cref="IWaitingWorkSource"/>, nearest due date
/// first. Asked once per request (the home page and the navigation's count share the answer), and kept under the
/// township's record stamp (ADR 0033): every workspace page shows the count, and asking every module's source on each
/// page made a clerk's page several times heavier than <c>/healthz</c> (bench/Fazhi.Bench.Pages). What waits on someone
/// is read from the township's records, the person (name, roles, post) and the day, which together are the key.
/// </summary>
internal sealed class WaitingWorkInbox(FazhiDbContext db, IEnumerable<IWaitingWorkSource> sources, TimeProvider clock, Caching.StampedCache kept)
{
    private IReadOnlyList<WaitingItem>? _items;

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (_items is not null)
        {
            return _items;
        }

        var actor = user.ToActor();
        if (actor.TownshipId is not { } townshipId || string.IsNullOrEmpty(actor.UserName))
        {
            return _items = [];
        }

        // The post is read from the account, so the administrator's change shows at once (not at the next sign-in).
        var post = await db.Users.AsNoTracking().Where(u => u.UserName == actor.UserName).Select(u => u.LeaderPost).SingleOrDefaultAsync(ct);
        var who = new WaitingFor(actor.UserId, actor.UserName, townshipId, actor.Roles, post, ChinaTime.Today(clock));
        var person = (nameof(WaitingWorkInbox), actor.UserId, actor.UserName, string.Join(',', actor.Roles.Order(StringComparer.Ordinal)), post);
        return _items = await kept.GetOrComputeAsync(person, [townshipId], async () =>
        {
            var items = new List<WaitingItem>();
            foreach (var source in sources)
            {
                items.AddRange(await source.ForAsync(who, ct));
            }

            IReadOnlyList<WaitingItem> ordered = [.. items.OrderBy(i => i.DueDate ?? DateOnly.MaxValue).ThenBy(i => i.Area, StringComparer.Ordinal).ThenBy(i => i.Subject, StringComparer.Ordinal)];
            return ordered;
        }, ct);
    }
}
