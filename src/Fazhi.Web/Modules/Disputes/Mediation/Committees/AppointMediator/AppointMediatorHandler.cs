using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Mediation.Committees.AppointMediator;

public sealed record AppointMediatorRequest(
    [Required(ErrorMessage = "请填写调解员姓名。"), MaxLength(100, ErrorMessage = "不超过 100 字。")] string Name,
    [EnumDataType(typeof(Gender), ErrorMessage = "请选择性别。")] Gender Gender,
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")] string? Phone,
    bool IsLawyer,
    DateOnly? BirthDate,
    DateOnly? AppointedOn);

internal sealed class MediatorAppointedByClerkOrLeader() : WhoMayRule(
    "disputes.committee.appoint.who", "调解员由人民调解委员会聘任（《人民调解法》第十三条），由法制员（司法所）或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class AppointMediatorHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Mediation.Committees.CommitteeQueries committees, IntakeDesk intake)
{
    public async Task<MediationCommittee> HandleAsync(Actor actor, Guid id, AppointMediatorRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MediatorAppointedByClerkOrLeader>().Check(actor);
        var c = await committees.GetAsync(id, ct);
        var on = request.AppointedOn ?? intake.Today;
        BusinessRule.Check(new Rules.DateNotInFuture(on, intake.Today, "聘任日期", "appointedOn"));
        c.Appoint(new MediatorSpec(request.Name, request.Gender, MediatorRole.Appointed, request.Phone, request.IsLawyer, request.BirthDate), on);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
