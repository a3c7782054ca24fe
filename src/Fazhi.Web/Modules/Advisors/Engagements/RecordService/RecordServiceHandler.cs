using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Engagements.RecordService;

/// <summary>A consultation (people served) or an opinion (the matter it was given on).</summary>
public sealed record RecordServiceRequest(
    [EnumDataType(typeof(ServiceKind), ErrorMessage = "请选择服务类型。")] ServiceKind Kind,
    [Required(ErrorMessage = "请填写服务日期。")] DateOnly? On,
    [Required(ErrorMessage = "请填写咨询或意见的事项。"), MaxLength(500, ErrorMessage = "事项不超过 500 字。")] string Subject,
    [Range(0, 10_000, ErrorMessage = "服务人次应在 0—10000 之间。")] int PeopleServed,
    [MaxLength(500, ErrorMessage = "关联事项不超过 500 字。")] string? RelatedRecord)
{
    public static RecordServiceRequest Blank { get; } = new(ServiceKind.Consultation, null, "", 0, null);
}

internal sealed class ServicesRecordedByAdvisorOrClerk() : WhoMayRule(
    "advisors.services.who", "法律顾问的咨询和意见由法律顾问本人或法制员登记。", Roles.LegalAdvisor, Roles.LegalClerk);

internal sealed class RecordServiceHandler(FazhiDbContext db)
{
    public async Task<AdvisorService?> HandleAsync(Actor actor, Guid contractId, RecordServiceRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<ServicesRecordedByAdvisorOrClerk>().Check(actor);
        if (await db.Set<AdvisorContract>().SingleOrDefaultAsync(c => c.Id == contractId, ct) is not { } contract)
        {
            return null;
        }

        var service = AdvisorService.Record(contract, form.Kind, form.On!.Value, form.Subject, form.PeopleServed, form.RelatedRecord);
        db.Add(service);
        await db.SaveChangesAsync(ct);
        return service;
    }
}
