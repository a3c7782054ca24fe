using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Deadlines.Rules;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Platform.Deadlines.Requests;

internal enum ExtensionRequestState
{
    Pending = 1,
    Approved = 2,
    Refused = 3,
}

/// <summary>
/// A request, by the person handling a record, that a leader extend one of its periods (ADR 0032). The statutes that allow
/// an extension make it the responsible person's decision (《政府信息公开条例》第三十三条第二款：经负责人同意；《信访工作条例》
/// 第三十四条：经本机关负责人批准；《行政处罚法》第六十条：经本行政机关负责人批准): the clerk asks with the days and the reason,
/// the leader approves (the extension is then recorded exactly as asked) or refuses with a reason. One open request per
/// deadline, so a leader never approves two overlapping extensions of the same period.
/// </summary>
internal sealed class DeadlineExtensionRequest : ITenantOwned
{
    private DeadlineExtensionRequest()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid DeadlineId { get; private set; }

    /// <summary>Days asked for, in the deadline's own kind (working or calendar days).</summary>
    public int Days { get; private set; }

    public string Reason { get; private set; } = "";

    public string RequestedBy { get; private set; } = "";

    public string RequesterName { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public ExtensionRequestState State { get; private set; } = ExtensionRequestState.Pending;

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why the leader refused; the requester is told.</summary>
    public string? RefusalReason { get; private set; }

    public static DeadlineExtensionRequest Ask(Deadline deadline, bool anotherPending, int days, string? reason, string userName, string name, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        BusinessRule.Check(new DeadlineMustBeOpen(deadline, "申请延长"));
        BusinessRule.Check(new OneOpenExtensionRequest(anotherPending));
        BusinessRule.Check(new ExtensionNeedsReason(reason));
        BusinessRule.Check(new ExtensionDaysWithinLimit(days));
        return new DeadlineExtensionRequest
        {
            TownshipId = deadline.TownshipId,
            DeadlineId = deadline.Id,
            Days = days,
            Reason = reason!.Trim(),
            RequestedBy = userName,
            RequesterName = name,
            RequestedAt = now,
        };
    }

    public void Approve(string leaderName, DateTimeOffset now)
    {
        BusinessRule.Check(new ExtensionRequestStillPending(State));
        State = ExtensionRequestState.Approved;
        DecidedBy = leaderName;
        DecidedAt = now;
    }

    public void Refuse(string? reason, string leaderName, DateTimeOffset now)
    {
        BusinessRule.Check(new ExtensionRequestStillPending(State));
        BusinessRule.Check(new RefusalNeedsReason(reason));
        State = ExtensionRequestState.Refused;
        RefusalReason = reason!.Trim();
        DecidedBy = leaderName;
        DecidedAt = now;
    }
}

/// <summary>A second request while one waits would let two extensions of the same period be approved one on the other.</summary>
internal sealed record OneOpenExtensionRequest(bool AnotherPending) : IBusinessRule
{
    public bool IsBroken => AnotherPending;

    public string Code => "deadlines.extension-request.pending";

    public string? Field => "Days";

    public string Message => "该期限已有一份延期申请等待领导审批，审批后才能再次申请。";
}

internal sealed record ExtensionRequestStillPending(ExtensionRequestState State) : IBusinessRule
{
    public bool IsBroken => State != ExtensionRequestState.Pending;

    public string Code => "deadlines.extension-request.decided";

    public string Message => $"该延期申请已{(State == ExtensionRequestState.Approved ? "批准" : "不予批准")}，不能再次审批。";
}

/// <summary>The requester must learn why the period was not extended, so a refusal carries its reason.</summary>
internal sealed record RefusalNeedsReason(string? Reason) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Reason);

    public string Code => "deadlines.extension-request.refusal-reason";

    public string? Field => "RefusalReason";

    public string Message => "不予批准延期须写明理由，申请人将收到通知。";
}
