using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Disputes.Rules;

internal sealed record TicketNumberGiven(string TicketNumber) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(TicketNumber) || TicketNumber.Trim().Length > 50;

    public string Code => "disputes.hotline.ticket-number";

    public string Message => "请填写热线平台的工单编号（不超过50字符）：同一编号再次到达时视为同一工单。";

    public string? Field => "ticketNumber";
}

internal sealed record TicketStillInHand(HotlineTicket Ticket, string Step) : IBusinessRule
{
    public bool IsBroken => Ticket.Status is not (HotlineTicketStatus.Received or HotlineTicketStatus.Dispatched);

    public string Code => "disputes.hotline.not-in-hand";

    public string Message => $"该工单{DisputeLabels.TicketStatus(Ticket.Status)}，不能{Step}。";
}

/// <summary>“一个平台受理，一个平台分拨”: a ticket is dispatched to an office before it is answered.</summary>
internal sealed record TicketDispatchedBeforeReply(HotlineTicket Ticket) : IBusinessRule
{
    public bool IsBroken => Ticket.DispatchedOn is null;

    public string Code => "disputes.hotline.not-dispatched";

    public string Message => "工单尚未派单：请先派给承办科室和承办人，由承办人办理后答复。";
}

/// <summary>Local 12345 rules: an extension needs the hotline centre's approval (REGULATIONS §13).</summary>
internal sealed record TicketExtensionApprovedByTheCentre(string CentreApproval) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(CentreApproval);

    public string Code => "disputes.hotline.extension-unapproved";

    public string Message => "工单延期须经12345热线中心同意，并告知来电人；请填写热线中心的批准情况（批准人或批准编号）。";

    public string? Field => "centreApproval";
}

internal sealed record TicketExtensionWithinLimit(int AlreadyExtended, int Days, int MaxDays) : IBusinessRule
{
    public bool IsBroken => Days <= 0 || AlreadyExtended + Days > MaxDays;

    public string Code => "disputes.hotline.extension-limit";

    public string Message => $"工单延期合计不得超过{MaxDays}个工作日（热线工单办理规定），已延期{AlreadyExtended}个工作日。";

    public string? Field => "days";
}

internal sealed record TicketFollowedUpOnce(DateOnly? FollowUpOn) : IBusinessRule
{
    public bool IsBroken => FollowUpOn is not null;

    public string Code => "disputes.hotline.followed-up";

    public string Message => $"该工单已于 {FollowUpOn:yyyy-MM-dd} 回访。";
}

internal sealed record TicketReturnStatesItsReason(string Reason) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Reason) || Reason.Trim().Length < 4;

    public string Code => "disputes.hotline.return-reason";

    public string Message => "退单须写明理由（如不属于本镇职责范围、应由哪个部门办理）。";

    public string? Field => "reason";
}
