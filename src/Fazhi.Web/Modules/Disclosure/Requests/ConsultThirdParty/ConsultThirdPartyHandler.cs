using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.ConsultThirdParty;

/// <summary>第32条: disclosure may harm a third party's rights, so the third party is asked in writing.</summary>
public sealed record ConsultThirdPartyRequest(
    [Required(ErrorMessage = "请填写征求意见的第三方。"), MaxLength(200, ErrorMessage = "第三方名称不超过 200 字。")] string ThirdParty,
    DateOnly? SentOn);

internal sealed class ThirdPartyConsultedByClerkOrLeader() : WhoMayRule(
    "disclosure.requests.third-party.who", "征求第三方意见由政府信息公开工作机构（法制员）或领导办理（《政府信息公开条例》第三十二条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class ConsultThirdPartyHandler(RequestDesk desk)
{
    public async Task<DisclosureRequest?> HandleAsync(Actor actor, Guid id, ConsultThirdPartyRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<ThirdPartyConsultedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } request)
        {
            return null;
        }

        request.ConsultThirdParty(form.ThirdParty, form.SentOn ?? desk.Today, desk.Today);
        // 第33条第3款: the consultation's time is not counted; the reply deadline comes back when it ends.
        await desk.SetReplyAsideAsync(request, "征求第三方意见，所需时间不计算在答复期限内（《政府信息公开条例》第三十三条第三款）", ct);
        await desk.Deadlines.OpenAsync(DisclosureDeadlines.ThirdParty, request.TownshipId, RequestDesk.SubjectOf(request), request.ConsultationSentOn!.Value, ct);
        await desk.Db.SaveChangesAsync(ct);
        return request;
    }
}
