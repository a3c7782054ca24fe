using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Advisors.Model;

/// <summary>The reviewer's conclusion on a contract.</summary>
public enum ReviewOpinion
{
    /// <summary>合法，同意签订.</summary>
    Lawful = 1,

    /// <summary>修改后签订.</summary>
    LawfulAfterChanges = 2,

    /// <summary>不宜签订.</summary>
    Unlawful = 3,
}

internal static class ReviewLabels
{
    public static string Opinion(ReviewOpinion o) => o switch
    {
        ReviewOpinion.Lawful => "合法，同意签订",
        ReviewOpinion.LawfulAfterChanges => "修改后签订",
        ReviewOpinion.Unlawful => "不宜签订",
        _ => o.ToString(),
    };
}

/// <summary>
/// 合法性审查台账 for contracts and other matters outside the typed procedures: submitted, reviewed (reviewer, opinion),
/// adopted or not, signed. A contract signed before its review is recorded as it happened and flagged
/// (<see cref="SignedBeforeReview"/>): the register must show it, and 合同审核率 counts it as not reviewed.
/// </summary>
internal sealed class ContractReview : ITenantOwned
{
    private ContractReview()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public string Title { get; private set; } = "";

    public string Counterparty { get; private set; } = "";

    /// <summary>合同金额, yuan; null for matters without an amount.</summary>
    public decimal? Amount { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    public DateOnly SubmittedOn { get; private set; }

    public string? Reviewer { get; private set; }

    public ReviewOpinion? Opinion { get; private set; }

    public string? OpinionText { get; private set; }

    public DateOnly? ReviewedOn { get; private set; }

    public bool? Adopted { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    /// <summary>Signed with no review yet, or before the day of the review.</summary>
    public bool SignedBeforeReview { get; private set; }

    public static ContractReview Submit(Guid townshipId, string title, string counterparty, decimal? amount, string submittedBy, DateOnly on) => new()
    {
        TownshipId = townshipId,
        Title = title.Trim(),
        Counterparty = counterparty.Trim(),
        Amount = amount,
        SubmittedBy = submittedBy,
        SubmittedOn = on,
    };

    public void Review(string reviewer, ReviewOpinion opinion, string text, bool adopted, DateOnly on, DateOnly today)
    {
        BusinessRule.Check(new ReviewedOnce(ReviewedOn));
        BusinessRule.Check(new ReviewDateWithin(SubmittedOn, on, today));
        Reviewer = reviewer;
        Opinion = opinion;
        OpinionText = text.Trim();
        Adopted = adopted;
        ReviewedOn = on;
    }

    public void Sign(DateOnly on, DateOnly today)
    {
        BusinessRule.Check(new SignedOnce(SignedOn));
        BusinessRule.Check(new ReviewDateWithin(SubmittedOn, on, today, "签订日期"));
        SignedOn = on;
        SignedBeforeReview = ReviewedOn is not { } reviewed || on < reviewed;
    }
}

internal sealed record ReviewedOnce(DateOnly? ReviewedOn) : IBusinessRule
{
    public bool IsBroken => ReviewedOn is not null;

    public string Code => "advisors.review.once";

    public string Message => $"该事项已于 {ReviewedOn:yyyy-MM-dd} 出具审查意见，审查意见不可修改（全过程留痕）。";
}

internal sealed record SignedOnce(DateOnly? SignedOn) : IBusinessRule
{
    public bool IsBroken => SignedOn is not null;

    public string Code => "advisors.review.signed";

    public string Message => $"该合同已登记于 {SignedOn:yyyy-MM-dd} 签订。";
}

internal sealed record ReviewDateWithin(DateOnly SubmittedOn, DateOnly On, DateOnly Today, string What = "审查日期") : IBusinessRule
{
    public bool IsBroken => On < SubmittedOn || On > Today;

    public string Code => "advisors.review.date";

    public string? Field => "On";

    public string Message => $"{What}应在送审之日（{SubmittedOn:yyyy-MM-dd}）与今天之间。";
}
