using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.Extend;

/// <summary>第33条第2款: 需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日.</summary>
public sealed record ExtendRequest(
    [Required(ErrorMessage = "请填写延长的工作日数。"), Range(1, 20, ErrorMessage = "延长的期限为 1—20 个工作日。")] int? Days,
    [Required(ErrorMessage = "请写明延长答复期限的理由。"), MaxLength(1000, ErrorMessage = "理由不超过 1000 字。")] string Reason,
    [Required(ErrorMessage = "请填写告知申请人延期的日期。")] DateOnly? ApplicantToldOn,
    DateOnly? On);

/// <summary>Only the responsible person consents to an extension (负责人同意), here a Leader.</summary>
internal sealed class ExtensionApprovedByLeader() : WhoMayRule(
    "disclosure.requests.extension.who", "延长答复期限须经政府信息公开工作机构负责人同意，只有领导可以批准（《政府信息公开条例》第三十三条第二款）。", Roles.Leader);

internal sealed class ExtendHandler(RequestDesk desk)
{
    public async Task<DisclosureRequest?> HandleAsync(Actor actor, Guid id, ExtendRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<ExtensionApprovedByLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } request)
        {
            return null;
        }

        var calendar = await desk.CalendarAsync(ct);
        var days = form.Days!.Value;
        request.Extend(days, form.Reason, actor.Name, form.On ?? desk.Today, form.ApplicantToldOn, calendar);
        var reply = (await desk.Deadlines.ForSubjectAsync(request.Id, ct))
            .Single(d => d.RuleCode == DisclosureDeadlines.ReplyCode && d.State is DeadlineState.Pending or DeadlineState.DueSoon or DeadlineState.Overdue);
        await desk.Deadlines.ExtendAsync(reply.Id, days, form.Reason, actor, ct);
        await desk.Db.SaveChangesAsync(ct);
        return request;
    }
}
