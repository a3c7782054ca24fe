using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Intake;

/// <summary>A member of the township's staff as the routing forms list them.</summary>
internal sealed record StaffMember(string UserName, string Name, string? Position, bool IsLeader);

/// <summary>The township's villages, offices and staff, read from Organization (the shared tenant registry).</summary>
internal sealed class TownshipDirectory(FazhiDbContext db)
{
    public async Task<Township> TownshipAsync(Guid townshipId, CancellationToken ct) =>
        await db.Set<Township>().AsNoTracking().SingleAsync(t => t.Id == townshipId, ct);

    /// <summary>The short name used in case numbers: 小江府 → 小江.</summary>
    public async Task<string> ShortNameAsync(Guid townshipId, CancellationToken ct)
    {
        var township = await TownshipAsync(townshipId, ct);
        var shortName = township.ShortName.EndsWith('府') ? township.ShortName[..^1] : township.ShortName;
        return string.IsNullOrWhiteSpace(shortName) ? township.Name : shortName;
    }

    public Task<List<Village>> VillagesAsync(Guid townshipId, CancellationToken ct) =>
        db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).OrderBy(v => v.DivisionCode).ToListAsync(ct);

    public Task<List<string>> OfficesAsync(Guid townshipId, CancellationToken ct) =>
        db.Set<Office>().AsNoTracking().Where(o => o.TownshipId == townshipId).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(ct);

    public async Task<List<StaffMember>> StaffAsync(Guid townshipId, CancellationToken ct)
    {
        var leaderRole = await db.Roles.Where(r => r.Name == Roles.Leader).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var leaders = await db.UserRoles.Where(ur => ur.RoleId == leaderRole).Select(ur => ur.UserId).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.TownshipId == townshipId && !u.IsDisabled).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Position }).ToListAsync(ct);
        return [.. users.Select(u => new StaffMember(u.UserName!, u.DisplayName, u.Position, leaders.Contains(u.Id)))];
    }

    /// <summary>The staff member a step names, or a refusal beside the field.</summary>
    public async Task<StaffMember?> StaffMemberAsync(Guid townshipId, string? userName, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return null;
        }

        return (await StaffAsync(townshipId, ct)).SingleOrDefault(s => s.UserName == userName.Trim())
            ?? throw new BusinessRuleException("disputes.staff-unknown", "所选人员不是本镇工作人员。", field);
    }
}
