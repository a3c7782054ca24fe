using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.HearingRecord;

/// <summary>听证笔录 (行政处罚法 第六十四条第（八）项、第六十五条): the day the hearing was held and its record.</summary>
public sealed record RecordHearingRequest(
    DateOnly? HeldOn,
    [Required(ErrorMessage = "请填写听证笔录摘要。"), MaxLength(8000, ErrorMessage = "笔录摘要不超过 8000 字。")] string Record)
{
    public static RecordHearingRequest Blank() => new(null, "");
}

internal sealed class RecordHearingHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, RecordHearingRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<HearingRecordKeptByClerkOrLeader>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        @case.RecordHearing(CaseSteps.ActDate(request.HeldOn, @case.HearingScheduledOn, "举行听证", Platform.Time.ChinaTime.Today(clock), nameof(request.HeldOn)), request.Record.Trim());
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
