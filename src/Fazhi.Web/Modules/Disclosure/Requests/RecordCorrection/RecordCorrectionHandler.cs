using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disclosure.Requests.RecordCorrection;

/// <summary>The corrected application arrived: its description replaces the first, and the reply period starts from that day.</summary>
public sealed record RecordCorrectionRequest(
    [Required(ErrorMessage = "请填写补正后的所需信息描述。"), MinLength(5, ErrorMessage = "所需信息描述至少 5 个字。"), MaxLength(4000, ErrorMessage = "所需信息描述不超过 4000 字。")] string Description,
    DateOnly? On);

internal sealed class CorrectionRecordedByClerkOrLeader() : WhoMayRule(
    "disclosure.requests.corrected.who", "补正申请由政府信息公开工作机构（法制员）或领导登记（《政府信息公开条例》第三十条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordCorrectionHandler(RequestDesk desk)
{
    public async Task<DisclosureRequest?> HandleAsync(Actor actor, Guid id, RecordCorrectionRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<CorrectionRecordedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } request)
        {
            return null;
        }

        var calendar = await desk.CalendarAsync(ct);
        request.RecordCorrection(form.Description, form.On ?? desk.Today, desk.Today, calendar);
        await desk.Deadlines.MeetAsync(DisclosureDeadlines.CorrectionCode, request.Id, request.CorrectedOn!.Value, ct);
        await desk.OpenReplyAsync(request, request.ReceivedOn!.Value, calendar, ct);
        await desk.Db.SaveChangesAsync(ct);
        return request;
    }
}
