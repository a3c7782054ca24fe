using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.HearingNotice;

/// <summary>通知听证 (行政处罚法 第六十四条第（二）、（四）项): when the party was notified, the hearing's day and its host.</summary>
public sealed record ScheduleHearingRequest(
    DateOnly? NotifiedOn,
    [Required(ErrorMessage = "请填写听证日期。")] DateOnly? HearingOn,
    [Required(ErrorMessage = "请填写听证主持人。"), MaxLength(50, ErrorMessage = "主持人不超过 50 字。")] string Host)
{
    public static ScheduleHearingRequest Blank() => new(null, null, "");
}

internal sealed class ScheduleHearingHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, ScheduleHearingRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<HearingOrganisedByClerkOrLeader>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var notified = CaseSteps.ActDate(request.NotifiedOn, @case.HearingRequestedOn ?? @case.NoticedOn, "通知听证", Platform.Time.ChinaTime.Today(clock), nameof(request.NotifiedOn));
        var earliest = await deadlines.ComputeDueAsync(EnforcementDeadlines.HearingNotice(options.Value), notified, ct);
        @case.ScheduleHearing(notified, request.HearingOn!.Value, earliest.Date, request.Host.Trim());
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
