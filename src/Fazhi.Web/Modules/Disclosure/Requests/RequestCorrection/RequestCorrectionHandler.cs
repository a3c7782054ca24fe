using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disclosure.Requests.RequestCorrection;

/// <summary>第30条: 一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限.</summary>
public sealed record RequestCorrectionRequest(
    [Required(ErrorMessage = "请写明需要补正的事项。"), MaxLength(2000, ErrorMessage = "补正事项不超过 2000 字。")] string Items,
    [Range(1, 60, ErrorMessage = "补正期限应为 1—60 个工作日。")] int? PeriodWorkingDays,
    DateOnly? On);

internal sealed class CorrectionRequestedByClerkOrLeader() : WhoMayRule(
    "disclosure.requests.correction.who", "补正告知由政府信息公开工作机构（法制员）或领导作出（《政府信息公开条例》第三十条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class RequestCorrectionHandler(RequestDesk desk, IOptions<DisclosureOptions> options)
{
    public int DefaultPeriod => options.Value.CorrectionPeriodWorkingDays;

    public async Task<DisclosureRequest?> HandleAsync(Actor actor, Guid id, RequestCorrectionRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<CorrectionRequestedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } request)
        {
            return null;
        }

        var calendar = await desk.CalendarAsync(ct);
        var period = form.PeriodWorkingDays ?? DefaultPeriod;
        request.RequestCorrection(form.Items, period, form.On ?? desk.Today, desk.Today, calendar);
        // 第30条: the reply period runs again from the day the corrected application arrives.
        await desk.SetReplyAsideAsync(request, "已告知补正，答复期限自收到补正申请之日起重新计算（《政府信息公开条例》第三十条）", ct);
        await desk.Deadlines.OpenAsync(DisclosureDeadlines.Correction(period), request.TownshipId, RequestDesk.SubjectOf(request), request.CorrectionNoticeOn!.Value, ct);
        await desk.Db.SaveChangesAsync(ct);
        return request;
    }
}
