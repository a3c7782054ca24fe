using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Documents.Model;

/// <summary>One saved draft: immutable once written (a new save is a new version).</summary>
internal sealed class DocumentVersion : ITenantOwned
{
    private DocumentVersion()
    {
    }

    internal DocumentVersion(Guid documentId, Guid townshipId, int number, string title, string body, string explanation, string savedBy, DateTimeOffset savedAt)
    {
        DocumentId = documentId;
        TownshipId = townshipId;
        Number = number;
        Title = title;
        Body = body;
        Explanation = explanation;
        SavedBy = savedBy;
        SavedAt = savedAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DocumentId { get; private set; }

    public Guid TownshipId { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>起草说明: internal, never published.</summary>
    public string Explanation { get; private set; } = "";

    public string SavedBy { get; private set; } = "";

    public DateTimeOffset SavedAt { get; private set; }
}

/// <summary>合法性审核 of one version (115号 (四)–(六)); internal, never published.</summary>
internal sealed class LegalityReview : ITenantOwned
{
    private LegalityReview()
    {
    }

    internal LegalityReview(Guid documentId, Guid townshipId, int versionNumber, ReviewerKind kind, string reviewerUserName, string reviewerName, int periodDays, DateTimeOffset assignedAt, string assignedBy)
    {
        DocumentId = documentId;
        TownshipId = townshipId;
        VersionNumber = versionNumber;
        ReviewerKind = kind;
        ReviewerUserName = reviewerUserName;
        ReviewerName = reviewerName;
        PeriodWorkingDays = periodDays;
        AssignedAt = assignedAt;
        AssignedBy = assignedBy;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DocumentId { get; private set; }

    public Guid TownshipId { get; private set; }

    public int VersionNumber { get; private set; }

    public ReviewerKind ReviewerKind { get; private set; }

    /// <summary>The advisor's account, or empty for a county body (its opinion is entered by the clerk).</summary>
    public string ReviewerUserName { get; private set; } = "";

    public string ReviewerName { get; private set; } = "";

    public int PeriodWorkingDays { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; } = "";

    public ReviewOpinion? Opinion { get; private set; }

    public string? Reasons { get; private set; }

    public string? CompletedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    internal void Complete(ReviewOpinion opinion, string reasons, string by, DateTimeOffset at)
    {
        Opinion = opinion;
        Reasons = reasons;
        CompletedBy = by;
        CompletedAt = at;
    }
}

/// <summary>集体审议 of one version: the leadership meeting, with minutes and dissent.</summary>
internal sealed class Deliberation : ITenantOwned
{
    private Deliberation()
    {
    }

    internal Deliberation(Guid documentId, Guid townshipId, int versionNumber, DateOnly meetingDate, string attendees, DeliberationDecision decision, string? dissent, string minutes, string recordedBy, DateTimeOffset recordedAt)
    {
        DocumentId = documentId;
        TownshipId = townshipId;
        VersionNumber = versionNumber;
        MeetingDate = meetingDate;
        Attendees = attendees;
        Decision = decision;
        DissentingViews = dissent;
        Minutes = minutes;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DocumentId { get; private set; }

    public Guid TownshipId { get; private set; }

    public int VersionNumber { get; private set; }

    public DateOnly MeetingDate { get; private set; }

    public string Attendees { get; private set; } = "";

    public DeliberationDecision Decision { get; private set; }

    public string? DissentingViews { get; private set; }

    public string Minutes { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>A line of the document's own history (留痕), shown on its record page.</summary>
internal sealed class DocumentHistoryEntry : ITenantOwned
{
    private DocumentHistoryEntry()
    {
    }

    internal DocumentHistoryEntry(Guid documentId, Guid townshipId, DateTimeOffset at, string actor, string action, string detail)
    {
        DocumentId = documentId;
        TownshipId = townshipId;
        At = at;
        Actor = actor;
        Action = action;
        Detail = detail;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DocumentId { get; private set; }

    public Guid TownshipId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string Detail { get; private set; } = "";
}

/// <summary>备案: the township sends an issued document to the county, which writes its review here (ICountyWritable).</summary>
internal sealed class Filing : ICountyWritable
{
    private Filing()
    {
    }

    internal Filing(Guid documentId, Guid townshipId, string title, string documentNumber, int versionNumber, DateOnly submittedOn, string submittedBy)
    {
        DocumentId = documentId;
        TownshipId = townshipId;
        Title = title;
        DocumentNumber = documentNumber;
        VersionNumber = versionNumber;
        SubmittedOn = submittedOn;
        SubmittedBy = submittedBy;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DocumentId { get; private set; }

    public Guid TownshipId { get; private set; }

    public string Title { get; private set; } = "";

    public string DocumentNumber { get; private set; } = "";

    public int VersionNumber { get; private set; }

    public DateOnly SubmittedOn { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    public bool SubmittedOnTime { get; internal set; }

    public FilingOutcome Outcome { get; private set; } = FilingOutcome.Pending;

    public string? Reasons { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    internal void Decide(FilingOutcome outcome, string reasons, string by, DateTimeOffset at)
    {
        Fazhi.Platform.ErrorHandling.BusinessRule.Check(new Rules.FilingNotYetDecided(Outcome));
        Outcome = outcome;
        Reasons = reasons;
        ReviewedBy = by;
        ReviewedAt = at;
    }
}

/// <summary>实施效果评估 recorded against a document.</summary>
internal sealed class DocumentEvaluation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DocumentId { get; set; }

    public Guid TownshipId { get; set; }

    public DateOnly EvaluatedOn { get; set; }

    public string Evaluator { get; set; } = "";

    public string Findings { get; set; } = "";

    public string Conclusion { get; set; } = "";

    public string RecordedBy { get; set; } = "";
}
