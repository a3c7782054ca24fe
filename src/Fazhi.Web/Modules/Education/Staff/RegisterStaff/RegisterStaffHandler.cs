using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Staff.RegisterStaff;

/// <summary>登记干部职工: one person on the register the study attendance and exams are counted against.</summary>
public sealed record RegisterStaffRequest(
    [Required(ErrorMessage = "请填写姓名。"), MaxLength(50, ErrorMessage = "姓名不超过 50 字。")] string Name,
    [Required(ErrorMessage = "请填写职务。"), MaxLength(100, ErrorMessage = "职务不超过 100 字。")] string Post,
    [Required(ErrorMessage = "请填写所在单位或科室。"), MaxLength(100, ErrorMessage = "单位不超过 100 字。")] string Unit,
    bool IsCentralGroupMember,
    DateOnly? JoinedOn,
    Guid? VillageId)
{
    public static RegisterStaffRequest Blank { get; } = new("", "", "", false, null, null);
}

internal sealed record VillageMustBeOwn(bool Own) : IBusinessRule
{
    public bool IsBroken => !Own;

    public string Code => "education.village.unknown";

    public string Message => "所选村（社区）不属于本乡镇。";

    public string? Field => "VillageId";
}

internal sealed class RegisterStaffHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<StaffMember> HandleAsync(Actor actor, RegisterStaffRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<RegistersKeptByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff keep the register.");
        if (request.VillageId is { } village)
        {
            BusinessRule.Check(new VillageMustBeOwn(await db.Set<Village>().AnyAsync(v => v.Id == village && v.TownshipId == townshipId, ct)));
        }

        var member = StaffMember.Register(townshipId, request.Name, request.Post, request.Unit, request.IsCentralGroupMember,
            request.JoinedOn ?? Platform.Time.ChinaTime.Today(clock), request.VillageId);
        db.Add(member);
        await db.SaveChangesAsync(ct);
        return member;
    }
}
