using System.Security.Cryptography;
using System.Text;
using Fazhi.Modules.Disputes.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Disputes.Model;

/// <summary>
/// 12345 工单: a ticket the county hotline dispatched to the township as 承办单位 (国办发〔2020〕53号: 受理 → 派单 → 办理 →
/// 答复 → 办结 → 回访 → 评价). Dispatched inside the township to an office and a person, handled within the period of its
/// category (settings), extended only with approval, answered, followed up for satisfaction — or returned to the
/// hotline centre (退单) with the reason when it is not the township's.
/// </summary>
internal sealed class HotlineTicket : ITenantOwned
{
    private HotlineTicket()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid MatterId { get; private set; }

    /// <summary>The hotline platform's ticket number; the same number arriving again is the same ticket.</summary>
    public string TicketNumber { get; private set; } = "";

    public HotlineCategory Category { get; private set; }

    public string Subject { get; private set; } = "";

    /// <summary>When the hotline centre dispatched the ticket to the township: the handling period runs from here.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public bool Urgent { get; private set; }

    public TicketArrival Arrival { get; private set; }

    public HotlineTicketStatus Status { get; private set; } = HotlineTicketStatus.Received;

    public string? OfficeName { get; private set; }

    public string? AssigneeUserName { get; private set; }

    public string? AssigneeName { get; private set; }

    public DateOnly? DispatchedOn { get; private set; }

    /// <summary>Due date of the handling period, with any approved extension.</summary>
    public DateOnly DueOn { get; private set; }

    public int ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>The hotline centre's approval of the extension (local rules: 经热线中心同意).</summary>
    public string? CentreApproval { get; private set; }

    public string? ExtensionApprovedBy { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public string? ReplyText { get; private set; }

    public string? RepliedBy { get; private set; }

    public DateOnly? FollowUpOn { get; private set; }

    public Satisfaction? Satisfaction { get; private set; }

    public string? FollowUpNote { get; private set; }

    public DateOnly? ReturnedOn { get; private set; }

    public string? ReturnReason { get; private set; }

    public string Title => $"12345工单 {TicketNumber} {Subject}";

    public bool RepliedOnTime => RepliedOn is { } replied && replied <= DueOn;

    public static HotlineTicket Receive(Guid townshipId, Matter matter, string ticketNumber, HotlineCategory category, bool urgent, TicketArrival arrival, DateOnly dueOn)
    {
        ArgumentNullException.ThrowIfNull(matter);
        BusinessRule.Check(new TicketNumberGiven(ticketNumber));
        return new HotlineTicket
        {
            TownshipId = townshipId,
            MatterId = matter.Id,
            TicketNumber = ticketNumber.Trim(),
            Category = category,
            Subject = matter.Subject,
            ReceivedOn = matter.ReceivedOn,
            Urgent = urgent,
            Arrival = arrival,
            DueOn = dueOn,
        };
    }

    /// <summary>派单 inside the township (一个平台分拨): the office and person who handle it.</summary>
    public void Dispatch(string office, string? userName, string? name, DateOnly on)
    {
        BusinessRule.Check(new TicketStillInHand(this, "派单"));
        BusinessRule.Check(new StepNotBeforeReceipt(ReceivedOn, on, "派单日期", "dispatchedOn"));
        OfficeName = office.Trim();
        AssigneeUserName = userName;
        AssigneeName = name;
        DispatchedOn = on;
        Status = HotlineTicketStatus.Dispatched;
    }

    public void Extend(int days, string reason, string centreApproval, string approvedBy, DateOnly newDueOn, int maxDays)
    {
        BusinessRule.Check(new TicketStillInHand(this, "延期"));
        BusinessRule.Check(new TicketExtensionApprovedByTheCentre(centreApproval));
        BusinessRule.Check(new TicketExtensionWithinLimit(ExtensionDays, days, maxDays));
        ExtensionDays += days;
        ExtensionReason = reason.Trim();
        CentreApproval = centreApproval.Trim();
        ExtensionApprovedBy = approvedBy;
        DueOn = newDueOn;
    }

    /// <summary>答复: the result told to the caller and reported to the hotline platform.</summary>
    public void Reply(string text, DateOnly on, string by)
    {
        BusinessRule.Check(new TicketStillInHand(this, "答复"));
        BusinessRule.Check(new TicketDispatchedBeforeReply(this));
        BusinessRule.Check(new StepNotBeforeReceipt(DispatchedOn ?? ReceivedOn, on, "答复日期", "repliedOn"));
        ReplyText = text.Trim();
        RepliedOn = on;
        RepliedBy = by;
        Status = HotlineTicketStatus.Replied;
    }

    /// <summary>回访: the caller's satisfaction, after the reply; the ticket is then 办结.</summary>
    public void RecordFollowUp(Satisfaction satisfaction, DateOnly on, string? note)
    {
        BusinessRule.Check(new FollowUpAfterReply(RepliedOn, on));
        BusinessRule.Check(new TicketFollowedUpOnce(FollowUpOn));
        FollowUpOn = on;
        Satisfaction = satisfaction;
        FollowUpNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Status = HotlineTicketStatus.Closed;
    }

    /// <summary>退单: returned to the hotline centre, with the reason, before it is answered.</summary>
    public void Return(string reason, DateOnly on)
    {
        BusinessRule.Check(new TicketStillInHand(this, "退单"));
        BusinessRule.Check(new TicketReturnStatesItsReason(reason));
        BusinessRule.Check(new StepNotBeforeReceipt(ReceivedOn, on, "退单日期", "returnedOn"));
        ReturnedOn = on;
        ReturnReason = reason.Trim();
        Status = HotlineTicketStatus.Returned;
    }
}

/// <summary>
/// The key a county's hotline platform presents when it pushes tickets (X-Hotline-Key). Only its SHA-256 is kept; the
/// key itself is shown once when issued. Issuing a new key for a county revokes the previous one.
/// </summary>
internal sealed class HotlineApiKey
{
    private HotlineApiKey()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CountyId { get; private set; }

    /// <summary>The first characters of the key, shown to the administrator to tell keys apart.</summary>
    public string Prefix { get; private set; } = "";

    public string KeyHash { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = "";

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>A new random key (256 bits, URL-safe) and its record; the caller shows the key once.</summary>
    public static (HotlineApiKey Record, string Key) Issue(Guid countyId, string issuedBy, DateTimeOffset now)
    {
        var key = "fzh_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new HotlineApiKey { CountyId = countyId, Prefix = key[..10], KeyHash = Hash(key), IssuedAt = now, IssuedBy = issuedBy }, key);
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Constant-time comparison of a presented key with this record.</summary>
    public bool Matches(string presented) =>
        IsActive && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(KeyHash));

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
