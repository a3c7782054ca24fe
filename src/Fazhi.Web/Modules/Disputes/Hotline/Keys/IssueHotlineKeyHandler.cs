using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Hotline.Keys;

public sealed record IssueHotlineKeyRequest([Required(ErrorMessage = "请选择县。")] Guid? CountyId);

/// <summary>The key, shown once; only its hash is kept.</summary>
internal sealed record IssuedHotlineKey(Guid CountyId, string County, string Key, string Prefix, DateTimeOffset IssuedAt);

/// <summary>Integration keys are issued by the system administrator: a key opens the county's townships to the platform.</summary>
internal sealed class HotlineKeyIssuedByAdministrator() : WhoMayRule(
    "disputes.hotline.key.who", "12345 热线平台的接口密钥由系统管理员为各县签发。", Roles.Administrator);

internal sealed class IssueHotlineKeyHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<IssuedHotlineKey?> HandleAsync(Actor actor, IssueHotlineKeyRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<HotlineKeyIssuedByAdministrator>().Check(actor);
        var county = await db.Set<Fazhi.Modules.Organization.County>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CountyId, ct);
        if (county is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        foreach (var old in await db.Set<HotlineApiKey>().Where(k => k.CountyId == county.Id && k.RevokedAt == null).ToListAsync(ct))
        {
            old.Revoke(now);
        }

        var (record, key) = HotlineApiKey.Issue(county.Id, actor.Name, now);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return new IssuedHotlineKey(county.Id, county.Name, key, record.Prefix, now);
    }
}
