namespace Fazhi.Modules.Enforcement.Cases.Record;

/// <summary>A penalty case as the API answers it, after every step and on reading.</summary>
internal sealed record CaseResponse(
    Guid Id, string CaseNumber, string Title, string Stage, string Procedure, string PartyName, string PowerItem,
    DateOnly FiledOn, DateOnly? NoticedOn, DateOnly? DecidedOn, DateOnly? ServedOn, DateOnly? ClosedOn,
    string? DecisionNumber, string? PenaltyKinds, decimal? FineAmount, bool IsMajor, bool NeedsLegalReview, string? LegalReviewOpinion,
    bool HearingEligible, DateOnly? StatementDeadline, DateOnly? PaymentDueOn, bool IsRevoked, IReadOnlyList<string> Officers, int EvidenceCount,
    IReadOnlyList<DecisionExtensionResponse> DecisionExtensions)
{
    public static CaseResponse From(EnforcementCase c) => new(
        c.Id, c.CaseNumber, c.Title, Cases.Rules.CaseStages.Label(c.Stage), c.Procedure == CaseProcedure.General ? "普通程序" : "简易程序", c.PartyName, c.PowerItemName,
        c.FiledOn, c.NoticedOn, c.DecidedOn, c.ServedOn, c.ClosedOn, c.DecisionNumber, c.PenaltyKinds, c.FineAmount, c.IsMajor, c.NeedsLegalReview,
        c.LegalReviewOpinion switch { Cases.LegalReviewOpinion.Approved => "同意", Cases.LegalReviewOpinion.HasProblems => "存在问题", _ => null },
        c.HearingEligible, c.StatementDeadline, c.PaymentDueOn, c.IsRevoked, c.Officers.Select(o => o.OfficerName).ToList(), c.Evidence.Count,
        c.DecisionExtensions.OrderBy(e => e.ApprovedOn).ThenBy(e => e.NewDueOn)
            .Select(e => new DecisionExtensionResponse(e.ApprovedOn, e.ApproverName, e.Reason, e.AddedDays, e.PreviousDueOn, e.NewDueOn)).ToList());
}

internal sealed record DecisionExtensionResponse(DateOnly ApprovedOn, string ApprovedBy, string Reason, int AddedDays, DateOnly PreviousDueOn, DateOnly NewDueOn);
