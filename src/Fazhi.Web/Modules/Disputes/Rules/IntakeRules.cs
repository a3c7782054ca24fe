using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Disputes.Rules;

internal sealed record MatterReceivedNotInFuture(DateOnly ReceivedOn, DateOnly Today) : IBusinessRule
{
    public bool IsBroken => ReceivedOn > Today;

    public string Code => "disputes.matter.received-in-future";

    public string Message => "收到日期不能晚于今天：事项应在收到时如实登记（《信访工作条例》第二十一条）。";

    public string? Field => "receivedOn";
}

/// <summary>信访工作条例 第二十条第三款: many people with the same request elect representatives, at most five.</summary>
internal sealed record GroupVisitHasAtMostFiveRepresentatives(MatterChannel Channel, int Headcount) : IBusinessRule
{
    public bool IsBroken => Channel == MatterChannel.Visit && Headcount > 5;

    public string Code => "disputes.matter.group-visit-over-five";

    public string Message => "多人采用走访形式提出共同信访事项的，应当推选代表，代表人数不超过5人（《信访工作条例》第二十条第三款）；请登记推选的代表人数。";

    public string? Field => "headcount";
}

internal sealed record MatterLinkedToAnotherFirstRecord(Matter Repeat, Matter First) : IBusinessRule
{
    public bool IsBroken => Repeat.Id == First.Id || First.LinkedToId is not null || Repeat.LinkedToId is not null || Repeat.TownshipId != First.TownshipId;

    public string Code => "disputes.matter.link-target-invalid";

    public string Message => "只能关联到本镇同一诉求人的首次登记事项：重复反映的事项关联后不重复计数。";

    public string? Field => "firstMatterId";
}

internal sealed record MatterLinkedBeforeItIsTakenUp(Matter Repeat) : IBusinessRule
{
    public bool IsBroken => Repeat.Procedure != MatterProcedure.General || Repeat.RepliedOn is not null || !Repeat.IsOpen;

    public string Code => "disputes.matter.link-after-handling";

    public string Message => "该事项已进入办理程序或已答复，不能再作为重复事项关联。";
}

/// <summary>
/// One procedure per matter. A linked repeat may still be taken up (a second 12345 ticket must be answered too), but it
/// stays out of the intake's counts.
/// </summary>
internal sealed record MatterTakenUpOnce(Matter Matter, MatterProcedure Procedure) : IBusinessRule
{
    public bool IsBroken => Matter.Procedure != MatterProcedure.General || Matter.Status == MatterStatus.Closed || Matter.RepliedOn is not null;

    public string Code => "disputes.matter.already-taken-up";

    public string Message => Matter.Procedure != MatterProcedure.General
        ? $"该事项已由“{DisputeLabels.Procedure(Matter.Procedure)}”程序办理，不能再转入“{DisputeLabels.Procedure(Procedure)}”。"
        : $"该事项已答复或办结，不能再转入“{DisputeLabels.Procedure(Procedure)}”。";
}

internal sealed record MatterMustBeOpen(Matter Matter, string Step) : IBusinessRule
{
    public bool IsBroken => !Matter.IsOpen;

    public string Code => "disputes.matter.not-open";

    public string Message => Matter.Status == MatterStatus.Linked
        ? $"该事项是重复反映，已关联到首次登记的事项，不能{Step}。"
        : $"该事项已办结，不能{Step}。";
}

internal sealed record StepNotBeforeReceipt(DateOnly ReceivedOn, DateOnly On, string What, string FieldName) : IBusinessRule
{
    public bool IsBroken => On < ReceivedOn;

    public string Code => "disputes.step.before-receipt";

    public string Message => $"{What}不能早于收到日期 {ReceivedOn:yyyy-MM-dd}。";

    public string? Field => FieldName;
}

internal sealed record FollowUpAfterReply(DateOnly? RepliedOn, DateOnly On) : IBusinessRule
{
    public bool IsBroken => RepliedOn is null || On < RepliedOn;

    public string Code => "disputes.follow-up.before-reply";

    public string Message => RepliedOn is null ? "尚未答复诉求人，不能回访：回访是对答复和办理结果的满意度评价。" : $"回访日期不能早于答复日期 {RepliedOn:yyyy-MM-dd}。";

    public string? Field => "followUpOn";
}

internal sealed record MatterClosedOnlyAfterReply(Matter Matter, DateOnly On) : IBusinessRule
{
    public bool IsBroken => !Matter.IsOpen || Matter.RepliedOn is null || On < Matter.RepliedOn || Matter.Procedure != MatterProcedure.General;

    public string Code => "disputes.matter.close-before-reply";

    public string Message => Matter.Procedure != MatterProcedure.General
        ? $"该事项由“{DisputeLabels.Procedure(Matter.Procedure)}”程序办理，随该程序办结。"
        : !Matter.IsOpen ? "该事项已办结。"
        : Matter.RepliedOn is null ? "尚未答复诉求人，不能办结：办结前应当将办理结果答复诉求人。"
        : $"办结日期不能早于答复日期 {Matter.RepliedOn:yyyy-MM-dd}。";
}
