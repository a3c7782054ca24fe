using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Disclosure.Requests.Apply;

/// <summary>
/// 第29条: an application states the applicant's name, identity proof and contact, a description of the information
/// and the form and way it is wanted. The portal's form; the window's register step adds the channel and dates.
/// </summary>
public sealed record ApplyRequest(
    [EnumDataType(typeof(ApplicantKind), ErrorMessage = "请选择申请人类型。")] ApplicantKind ApplicantKind,
    [Required(ErrorMessage = "请填写申请人姓名或名称。"), MaxLength(100, ErrorMessage = "姓名或名称不超过 100 字。")] string ApplicantName,
    [Required(ErrorMessage = "请填写身份证件号码或统一社会信用代码。"), RegularExpression("^[0-9A-Za-z]{15,18}$", ErrorMessage = "请填写 15—18 位的身份证件号码或统一社会信用代码。")] string IdentityNumber,
    [Required(ErrorMessage = "请填写联系电话。"), RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")] string Phone,
    [MaxLength(200, ErrorMessage = "通信地址不超过 200 字。")] string? Address,
    [EmailAddress(ErrorMessage = "请填写有效的电子邮箱。"), MaxLength(100, ErrorMessage = "电子邮箱不超过 100 字。")] string? Email,
    [Required(ErrorMessage = "请描述所需的政府信息（名称、文号或便于查询的特征）。"), MinLength(5, ErrorMessage = "所需信息描述至少 5 个字。"), MaxLength(4000, ErrorMessage = "所需信息描述不超过 4000 字。")] string Description,
    [EnumDataType(typeof(DeliveryForm), ErrorMessage = "请选择信息的载体形式。")] DeliveryForm DeliveryForm,
    [EnumDataType(typeof(DeliveryWay), ErrorMessage = "请选择获取信息的方式。")] DeliveryWay DeliveryWay) : IApplicantFields
{
    public static ApplyRequest Blank { get; } = new(ApplicantKind.Citizen, "", "", "", null, null, "", DeliveryForm.Electronic, DeliveryWay.Email);
}

/// <summary>The applicant's fields of 第29条, which the portal's form and the window's register form share.</summary>
internal interface IApplicantFields
{
    ApplicantKind ApplicantKind { get; }

    string ApplicantName { get; }

    string IdentityNumber { get; }

    string Phone { get; }

    string? Address { get; }

    string? Email { get; }

    string Description { get; }

    DeliveryForm DeliveryForm { get; }

    DeliveryWay DeliveryWay { get; }
}

/// <summary>
/// The portal's 在线申请: anyone may file one (ADR 0010: public submissions name no rule; the rate limiter guards
/// them). It is submitted today and waits for the office's confirmation, the day of receipt of 第31条第三项.
/// </summary>
internal sealed class ApplyHandler(RequestDesk desk)
{
    public async Task<DisclosureRequest> HandleAsync(Guid townshipId, ApplyRequest form, CancellationToken ct)
    {
        var db = desk.Db;
        // A visitor may only add the application; numbering it reads the township's other applications, so that part
        // runs on the system's authority (the portal form is the only anonymous caller).
        return await db.AsTenantAsync(db.Tenant.Kind == TenantKind.Anonymous ? TenantContext.System : db.Tenant, async () =>
        {
            var calendar = await desk.CalendarAsync(ct);
            var today = desk.Today;
            var request = DisclosureRequest.Submit(townshipId, await desk.NextSequenceAsync(townshipId, today.Year, ct), RequestChannel.Online, form.ApplicantKind,
                form.ApplicantName, form.IdentityNumber, form.Phone, form.Address, form.Email, form.Description, form.DeliveryForm, form.DeliveryWay, today, null, today, calendar);
            db.Add(request);
            await db.SaveChangesAsync(ct);
            return request;
        });
    }
}
