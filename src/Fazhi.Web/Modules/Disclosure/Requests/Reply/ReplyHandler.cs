using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.Reply;

/// <summary>第36条: the reply, one of seven kinds, with what that kind must tell the applicant.</summary>
public sealed record ReplyRequest(
    [EnumDataType(typeof(ReplyType), ErrorMessage = "请选择答复类型。")] ReplyType Type,
    RefusalGround? Ground,
    [MaxLength(200, ErrorMessage = "机关名称不超过 200 字。")] string? OtherOrgan,
    [Required(ErrorMessage = "请填写答复内容。"), MaxLength(8000, ErrorMessage = "答复内容不超过 8000 字。")] string Text,
    DateOnly? On);

internal sealed class ReplyGivenByClerkOrLeader() : WhoMayRule(
    "disclosure.requests.reply.who", "政府信息公开申请由政府信息公开工作机构（法制员）或领导答复（《政府信息公开条例》第三十三条、第三十六条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class ReplyHandler(RequestDesk desk)
{
    public async Task<DisclosureRequest?> HandleAsync(Actor actor, Guid id, ReplyRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<ReplyGivenByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } request)
        {
            return null;
        }

        request.Reply(form.Type, form.Ground, form.OtherOrgan, form.Text, form.On ?? desk.Today, actor.Name, desk.Today);
        await desk.Deadlines.MeetAsync(DisclosureDeadlines.ReplyCode, request.Id, request.RepliedOn!.Value, ct);
        await desk.Db.SaveChangesAsync(ct);
        return request;
    }
}
