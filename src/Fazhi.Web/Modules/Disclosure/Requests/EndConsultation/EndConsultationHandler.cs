using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.EndConsultation;

/// <summary>第32条: the third party's answer, or its silence after 15 working days; the reply period runs again.</summary>
public sealed record EndConsultationRequest(
    [EnumDataType(typeof(ThirdPartyAnswer), ErrorMessage = "请选择第三方意见。")] ThirdPartyAnswer Answer,
    [MaxLength(2000, ErrorMessage = "意见内容不超过 2000 字。")] string? Opinion,
    DateOnly? On);

internal sealed class ConsultationEndedByClerkOrLeader() : WhoMayRule(
    "disclosure.requests.third-party-answer.who", "第三方意见由政府信息公开工作机构（法制员）或领导登记（《政府信息公开条例》第三十二条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class EndConsultationHandler(RequestDesk desk)
{
    public async Task<DisclosureRequest?> HandleAsync(Actor actor, Guid id, EndConsultationRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<ConsultationEndedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } request)
        {
            return null;
        }

        var calendar = await desk.CalendarAsync(ct);
        request.EndConsultation(form.Answer, form.Opinion, form.On ?? desk.Today, desk.Today, calendar);
        var ended = request.ConsultationEndedOn!.Value;
        await desk.Deadlines.MeetAsync(DisclosureDeadlines.ThirdPartyCode, request.Id, ended, ct);
        await desk.OpenReplyAsync(request, ended, calendar, ct);
        await desk.Db.SaveChangesAsync(ct);
        return request;
    }
}
