using Fazhi.Platform.Receipts;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Enforcement.Publicity;

/// <summary>
/// The 事后公示 of a penalty decision (国办发〔2018〕118号 (六); 行政处罚法 第48条): what the portal shows, already masked.
/// Withdrawn (not deleted) when the decision is revoked, within 3 working days.
/// </summary>
internal sealed class PenaltyDisclosure : IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public Guid CaseId { get; set; }

    public string DecisionNumber { get; set; } = "";

    /// <summary>Natural persons masked (张某); legal persons by name.</summary>
    public string PartyDisplay { get; set; } = "";

    /// <summary>统一社会信用代码 of a legal person; null for natural persons.</summary>
    public string? PartyCreditCode { get; set; }

    public string PowerItemName { get; set; } = "";

    public string Violation { get; set; } = "";

    public string PenaltyKinds { get; set; } = "";

    public decimal? FineAmount { get; set; }

    public string MaskedText { get; set; } = "";

    public string ActingBody { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    public DateOnly PublishedOn { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawalReason { get; set; }

    public bool IsPublic { get; set; }
}

/// <summary>A complaint about enforcement (投诉) from the portal or recorded by staff, answered within a period.</summary>
internal sealed class EnforcementComplaint : IPublicSubmission, IReceipted
{
    /// <summary>Prefix of the receipt number: 投诉 (TS2026-0007).</summary>
    public const string ReceiptPrefix = "TS";

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public int ReceiptYear { get; set; }

    public int ReceiptSequence { get; set; }

    /// <summary>受理编号: with the phone given, the complainant follows the complaint on the portal.</summary>
    public string ReceiptNumber { get; set; } = "";

    public string ComplainantName { get; set; } = "";

    public string? ComplainantPhone { get; set; }

    public string Content { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public Guid? CaseId { get; set; }

    public string? Reply { get; set; }

    public DateOnly? RepliedOn { get; set; }

    public string? RepliedBy { get; set; }
}
