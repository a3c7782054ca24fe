using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.Close;

/// <summary>The applicant withdrew, or did not correct in time (第30条: 视为放弃申请).</summary>
public sealed record CloseRequest(
    [EnumDataType(typeof(ClosingKind), ErrorMessage = "请选择终止情形。")] ClosingKind Kind,
    [MaxLength(1000, ErrorMessage = "说明不超过 1000 字。")] string? Note,
    DateOnly? On);

internal sealed class RequestClosedByClerkOrLeader() : WhoMayRule(
    "disclosure.requests.close.who", "终止办理政府信息公开申请由政府信息公开工作机构（法制员）或领导登记（《政府信息公开条例》第三十条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class CloseHandler(RequestDesk desk)
{
    public async Task<DisclosureRequest?> HandleAsync(Actor actor, Guid id, CloseRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<RequestClosedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } request)
        {
            return null;
        }

        request.Close(form.Kind, form.Note, form.On ?? desk.Today, desk.Today);
        await desk.SetReplyAsideAsync(request, $"申请已终止：{DisclosureLabels.Closing(form.Kind)}", ct);
        await desk.Deadlines.EndWaitingPeriodsAsync(request.Id, $"申请已终止：{DisclosureLabels.Closing(form.Kind)}", ct);
        await desk.Db.SaveChangesAsync(ct);
        return request;
    }
}
