using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Organization.ManageUsers.Pages;

internal sealed class IndexModel(FazhiDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Township { get; set; }

    public List<Township> Townships { get; private set; } = [];

    public List<UserRow> Users { get; private set; } = [];

    internal sealed record UserRow(Guid Id, string UserName, string DisplayName, List<string> Roles, string Unit, bool Disabled, bool LockedOut, Fazhi.Platform.Auth.LeaderPost LeaderPost);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Townships = await db.Set<Township>().OrderBy(t => t.DivisionCode).ToListAsync(ct);
        var query = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query = query.Where(u => u.UserName!.Contains(Q) || u.DisplayName.Contains(Q));
        }

        if (Township is not null)
        {
            query = query.Where(u => u.TownshipId == Township);
        }

        var users = await query.OrderBy(u => u.UserName).Take(500).ToListAsync(ct);
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var counties = await db.Set<Fazhi.Modules.Organization.County>().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var townships = Townships.ToDictionary(t => t.Id, t => t.Name);
        var now = clock.GetUtcNow();
        Users = users.Select(u => new UserRow(
            u.Id, u.UserName!, u.DisplayName,
            roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
            u.TownshipId is { } t ? townships.GetValueOrDefault(t, "") : u.CountyId is { } c ? counties.GetValueOrDefault(c, "") : "",
            u.IsDisabled,
            u.LockoutEnd > now,
            u.LeaderPost)).ToList();
    }
}
