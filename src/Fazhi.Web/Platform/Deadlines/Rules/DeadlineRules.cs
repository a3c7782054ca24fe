using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Platform.Deadlines.Rules;

/// <summary>Only a running deadline can be met, cancelled or extended; a closed one is part of the ledger.</summary>
internal sealed record DeadlineMustBeOpen(Deadline Deadline, string Action) : IBusinessRule
{
    public bool IsBroken => !Deadline.IsOpen;

    public string Code => "deadlines.not-open";

    public string Message => $"“{Deadline.Title}”期限已{DeadlineLabels.State(Deadline.State, Deadline.Owner)}，不能再{Action}。";
}

/// <summary>
/// An extension is a decision that must be recorded with its reason, as the statutes that allow one require
/// (e.g. 政府信息公开条例 第三十三条：延长答复期限应当经负责人同意并告知申请人；信访工作条例 第三十四条：延长须告知理由).
/// </summary>
internal sealed record ExtensionNeedsReason(string? Reason) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Reason);

    public string Code => "deadlines.extension.reason-required";

    public string Message => "延长期限必须写明理由（《政府信息公开条例》第三十三条、《信访工作条例》第三十四条：延长须说明理由并告知）。";
}

/// <summary>Statutory extensions need the approval of the responsible person (负责人同意/批准), here a Leader.</summary>
internal sealed record ExtensionNeedsLeaderApproval(bool ApproverIsLeader) : IBusinessRule
{
    public bool IsBroken => !ApproverIsLeader;

    public string Code => "deadlines.extension.leader-required";

    public string Message => "延长期限须经负责人批准，只有领导可以批准延期（《政府信息公开条例》第三十三条：经政府信息公开工作机构负责人同意）。";
}

/// <summary>No statutory extension of a township procedure exceeds a year; larger numbers are typing errors.</summary>
internal sealed record ExtensionDaysWithinLimit(int Days) : IBusinessRule
{
    public const int Max = 365;

    public bool IsBroken => Days is < 1 or > Max;

    public string Code => "deadlines.extension.days-out-of-range";

    public string Message => $"延长天数应在 1—{Max} 之间。";
}

/// <summary>A cancelled deadline disappears from the board, so the ledger must say why.</summary>
internal sealed record CancellationNeedsReason(string? Reason) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Reason);

    public string Code => "deadlines.cancel.reason-required";

    public string Message => "撤销期限必须写明理由。";
}

internal static class StateLabels
{
    public static string Kind(PeriodKind kind) => kind switch
    {
        PeriodKind.WorkingDays => "个工作日",
        PeriodKind.CalendarDays => "日",
        PeriodKind.FixedDate => "日（固定日期）",
        _ => "",
    };
}
