using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Register;

/// <summary>登记: what a person brought, by which channel, with the requester's details (kept internal, never published).</summary>
public sealed record RegisterMatterRequest(
    [EnumDataType(typeof(MatterChannel), ErrorMessage = "请选择来源渠道。")] MatterChannel Channel,
    [EnumDataType(typeof(MatterCategory), ErrorMessage = "请选择诉求类别。")] MatterCategory Category,
    [EnumDataType(typeof(MatterTopic), ErrorMessage = "请选择所属领域。")] MatterTopic Topic,
    [Required(ErrorMessage = "请填写事项摘要。"), MaxLength(200, ErrorMessage = "事项摘要不超过 200 字。")] string Subject,
    [Required(ErrorMessage = "请填写诉求内容。"), MaxLength(4000, ErrorMessage = "诉求内容不超过 4000 字。")] string Content,
    [Required(ErrorMessage = "请填写诉求人姓名或名称。"), MaxLength(100, ErrorMessage = "姓名不超过 100 字。")] string RequesterName,
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")] string? RequesterPhone,
    [RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "公民身份号码应为 18 位。")] string? RequesterIdNumber,
    [MaxLength(200, ErrorMessage = "住址不超过 200 字。")] string? RequesterAddress,
    [Range(1, 500, ErrorMessage = "人数应在 1 至 500 之间。")] int? Headcount,
    Guid? VillageId,
    DateOnly? ReceivedOn,
    [MaxLength(50, ErrorMessage = "编号不超过 50 字。")] string? ExternalReference,
    [MaxLength(4000, ErrorMessage = "答复内容不超过 4000 字。")] string? OnTheSpotAnswer)
{
    public static RegisterMatterRequest Blank(DateOnly today) =>
        new(MatterChannel.Visit, MatterCategory.HelpRequest, MatterTopic.Other, "", "", "", null, null, null, 1, null, today, null, null);

    internal MatterInput ToInput(DateOnly today) =>
        new(Channel, Category, Topic, Subject, Content, new RequesterDetails(RequesterName, RequesterPhone, RequesterIdNumber, RequesterAddress, Headcount ?? 1),
            ReceivedOn ?? today, VillageId, ExternalReference);
}

/// <summary>Any member of the township's staff who receives a visitor, a letter or a call registers it (信访工作条例 第二十一条).</summary>
internal sealed class MatterRegisteredByStaff() : WhoMayRule(
    "disputes.matter.register.who", "群众来访、来信、来电由镇工作人员登记录入（《信访工作条例》第二十一条）；法律顾问不登记群众诉求。",
    Roles.LegalClerk, Roles.EnforcementOfficer, Roles.Leader);

internal sealed class RegisterMatterHandler(FazhiDbContext db, IntakeDesk intake)
{
    public async Task<(Matter Matter, Matter? First)> HandleAsync(Actor actor, RegisterMatterRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<MatterRegisteredByStaff>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff register matters.");
        var by = IntakeDesk.By(actor);
        var onTheSpot = !string.IsNullOrWhiteSpace(request.OnTheSpotAnswer);
        var (matter, first) = await intake.RegisterAsync(townshipId, request.ToInput(intake.Today), by, openReplyPeriod: !onTheSpot, ct);
        if (first is null && onTheSpot)
        {
            // 当场答复: a consultation answered when it was asked is registered and closed at once, with no period to run.
            matter.Reply(request.OnTheSpotAnswer!, matter.ReceivedOn, by, final: true);
            matter.Close(matter.ReceivedOn);
        }

        await db.SaveChangesAsync(ct);
        return (matter, first);
    }
}
