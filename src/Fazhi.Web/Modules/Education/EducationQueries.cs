using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education;

/// <summary>Reads shared by the module's steps and pages (through the tenant filter).</summary>
internal sealed class EducationQueries(FazhiDbContext db, TimeProvider clock)
{
    public Task<List<Village>> VillagesAsync(Guid townshipId, CancellationToken ct) =>
        db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).OrderBy(v => v.DivisionCode).ToListAsync(ct);

    public Task<List<School>> SchoolsAsync(Guid townshipId, CancellationToken ct) =>
        db.Set<School>().AsNoTracking().Where(s => s.TownshipId == townshipId).OrderBy(s => s.Name).ToListAsync(ct);

    /// <summary>The groups standing now (a merged group is no longer offered on the activity form).</summary>
    public Task<List<VillageGroup>> GroupsAsync(Guid townshipId, CancellationToken ct)
    {
        var today = Fazhi.Platform.Time.ChinaTime.Today(clock);
        return db.Set<VillageGroup>().AsNoTracking().Where(g => g.TownshipId == townshipId && (g.ValidTo == null || g.ValidTo >= today)).OrderBy(g => g.VillageId).ThenBy(g => g.Order).ToListAsync(ct);
    }

    /// <summary>The register as it stood on <paramref name="day"/>.</summary>
    public async Task<List<StaffMember>> ServingOnAsync(Guid townshipId, DateOnly day, CancellationToken ct) =>
        (await db.Set<StaffMember>().Where(s => s.TownshipId == townshipId && s.JoinedOn <= day && (s.LeftOn == null || s.LeftOn >= day))
            .ToListAsync(ct)).OrderByDescending(s => s.IsCentralGroupMember).ThenBy(s => s.Unit, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    /// <summary>The register member a signed-in user is, if linked (a village cadre's own village is the form's default).</summary>
    public Task<StaffMember?> OfUserAsync(Guid? userId, CancellationToken ct) =>
        userId is null ? Task.FromResult<StaffMember?>(null) : db.Set<StaffMember>().AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, ct);
}
