using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Disclosure.Requests.Apply;
using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.Register;

/// <summary>An application received at the window, by post or by fax (an oral one is written down by the office, 第29条第1款).</summary>
public sealed record RegisterRequest(
    [EnumDataType(typeof(RequestChannel), ErrorMessage = "请选择申请方式。")] RequestChannel Channel,
    [EnumDataType(typeof(ApplicantKind), ErrorMessage = "请选择申请人类型。")] ApplicantKind ApplicantKind,
    [Required(ErrorMessage = "请填写申请人姓名或名称。"), MaxLength(100, ErrorMessage = "姓名或名称不超过 100 字。")] string ApplicantName,
    [Required(ErrorMessage = "请填写身份证件号码或统一社会信用代码。"), MaxLength(18, ErrorMessage = "请填写 15—18 位的身份证件号码或统一社会信用代码。")] string IdentityNumber,
    [Required(ErrorMessage = "请填写联系电话。"), MaxLength(20, ErrorMessage = "请填写有效的联系电话。")] string Phone,
    [MaxLength(200, ErrorMessage = "通信地址不超过 200 字。")] string? Address,
    [MaxLength(100, ErrorMessage = "电子邮箱不超过 100 字。")] string? Email,
    [Required(ErrorMessage = "请描述所需的政府信息。"), MinLength(5, ErrorMessage = "所需信息描述至少 5 个字。"), MaxLength(4000, ErrorMessage = "所需信息描述不超过 4000 字。")] string Description,
    [EnumDataType(typeof(DeliveryForm), ErrorMessage = "请选择信息的载体形式。")] DeliveryForm DeliveryForm,
    [EnumDataType(typeof(DeliveryWay), ErrorMessage = "请选择获取信息的方式。")] DeliveryWay DeliveryWay,
    [Required(ErrorMessage = "请填写申请提交（寄达）日期。")] DateOnly? SubmittedOn,
    DateOnly? ReceivedOn) : IApplicantFields
{
    public static RegisterRequest Blank(DateOnly today) =>
        new(RequestChannel.InPerson, ApplicantKind.Citizen, "", "", "", null, null, "", DeliveryForm.Paper, DeliveryWay.Pickup, today, today);
}

/// <summary>第4条: the township's 政府信息公开工作机构 (the legal clerk's office) or a leader registers applications.</summary>
internal sealed class RequestsRegisteredByClerkOrLeader() : WhoMayRule(
    "disclosure.requests.register.who", "政府信息公开申请由政府信息公开工作机构（法制员）或领导登记（《政府信息公开条例》第四条、第四十五条）。", Roles.LegalClerk, Roles.Leader);

/// <summary>Online applications come through the portal form, which numbers and dates them itself.</summary>
internal sealed record WindowChannelIsNotOnline(RequestChannel Channel) : IBusinessRule
{
    public bool IsBroken => Channel == RequestChannel.Online;

    public string Code => "disclosure.register.online";

    public string? Field => "Channel";

    public string Message => "网上申请由申请人在门户提交，在此登记当面、邮寄或传真提交的申请（《政府信息公开条例》第二十九条、第三十一条）。";
}

/// <summary>
/// 第29条: identity and contact must let the office reach the applicant. Checked as a rule (not a schema pattern) so the
/// API documents plain strings; the page shows the message beside the field.
/// </summary>
internal sealed partial record IdentityAndContactAreUsable(string IdentityNumber, string Phone, string? Email) : IBusinessRule
{
    public bool IsBroken => Field is not null;

    public string Code => "disclosure.register.contact";

    public string? Field => !Identity().IsMatch(IdentityNumber.Trim()) ? "IdentityNumber"
        : !PhoneNumber().IsMatch(Phone.Trim()) ? "Phone"
        : Email is { Length: > 0 } e && !new EmailAddressAttribute().IsValid(e.Trim()) ? "Email"
        : null;

    public string Message => Field switch
    {
        "IdentityNumber" => "请填写 15—18 位的身份证件号码或统一社会信用代码（《政府信息公开条例》第二十九条：申请人的身份证明）。",
        "Phone" => "请填写有效的联系电话（《政府信息公开条例》第二十九条：申请人的联系方式）。",
        _ => "请填写有效的电子邮箱（《政府信息公开条例》第二十九条：申请人的联系方式）。",
    };

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9A-Za-z]{15,18}$")]
    private static partial System.Text.RegularExpressions.Regex Identity();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9\-+ ]{7,20}$")]
    private static partial System.Text.RegularExpressions.Regex PhoneNumber();
}

internal sealed class RegisterHandler(RequestDesk desk)
{
    public async Task<DisclosureRequest> HandleAsync(Actor actor, RegisterRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<RequestsRegisteredByClerkOrLeader>().Check(actor);
        BusinessRule.Check(new WindowChannelIsNotOnline(form.Channel));
        BusinessRule.Check(new IdentityAndContactAreUsable(form.IdentityNumber, form.Phone, form.Email));
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff register applications.");
        var calendar = await desk.CalendarAsync(ct);
        var today = desk.Today;
        var submitted = form.SubmittedOn!.Value;
        BusinessRule.Check(new StepDateWithin(submitted, new DateOnly(2019, 5, 15), today, "申请提交日期", "SubmittedOn"));
        // 第31条第一项: handed in at the window, it is received on the day it was handed in.
        var received = form.Channel == RequestChannel.InPerson ? submitted : form.ReceivedOn;
        var request = DisclosureRequest.Submit(townshipId, await desk.NextSequenceAsync(townshipId, submitted.Year, ct), form.Channel, form.ApplicantKind, form.ApplicantName,
            form.IdentityNumber, form.Phone, form.Address, form.Email, form.Description, form.DeliveryForm, form.DeliveryWay, submitted, received, today, calendar);
        desk.Db.Add(request);
        if (request.ReceivedOn is { } on)
        {
            await desk.OpenReplyAsync(request, on, calendar, ct);
        }

        await desk.Db.SaveChangesAsync(ct);
        return request;
    }
}
