using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.RecordHearing;

/// <summary>开庭 (行政应诉) or 听证 (行政复议): who appeared for the township — the head, or the staff member sent with the reason.</summary>
public sealed record RecordHearingRequest(
    [Required(ErrorMessage = "请填写开庭（听证）日期。")] DateOnly? On,
    bool LeaderAppeared,
    [Required(ErrorMessage = "请填写出庭（参加听证）的负责人或受委托的工作人员。"), MaxLength(100, ErrorMessage = "出庭人员不超过 100 字。")] string AppearedBy,
    [EnumDataType(typeof(AbsenceReason), ErrorMessage = "请选择负责人不能出庭的情形。")] AbsenceReason? AbsenceReason,
    [MaxLength(1000, ErrorMessage = "说明不超过 1000 字。")] string? AbsenceNote)
{
    public static RecordHearingRequest Blank { get; } = new(null, true, "", null, null);
}

internal sealed class HearingsRecordedByClerkOrLeader() : WhoMayRule(
    "remedies.cases.hearing.who", "开庭（听证）和出庭应诉情况由法制员或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordHearingHandler(CaseDesk desk)
{
    public async Task<RemedyCase?> HandleAsync(Actor actor, Guid id, RecordHearingRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<HearingsRecordedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } c)
        {
            return null;
        }

        c.RecordHearing(form.On!.Value, form.LeaderAppeared, form.AppearedBy, form.AbsenceReason, form.AbsenceNote, desk.Today);
        await desk.Db.SaveChangesAsync(ct);
        return c;
    }
}
