namespace Fazhi.Modules.Enforcement;

/// <summary>
/// Enforcement settings (section <c>Fazhi:Enforcement</c>). Statutory figures are defaults taken from the law; figures
/// that provinces set (hearing thresholds, certificate review, training hours, review period) are marked unconfirmed in
/// REGULATIONS.md and therefore configurable here.
/// </summary>
internal sealed class EnforcementOptions
{
    /// <summary>行政处罚法 第60条: decide within 90 days of 立案.</summary>
    public int DecisionPeriodDays { get; set; } = 90;

    /// <summary>
    /// Calendar days a leader's approval adds to the decision period. 第60条 itself allows no extension, only where a law,
    /// regulation or rule provides one (市场监管: +30 days once with 负责人 approval); 0 refuses every extension.
    /// </summary>
    public int DecisionExtensionDays { get; set; } = 30;

    /// <summary>How many times one case's decision period may be extended (refused beyond, 第60条).</summary>
    public int MaxDecisionExtensions { get; set; } = 1;

    /// <summary>行政处罚法 第51条: on-the-spot fine limit for a citizen (yuan).</summary>
    public decimal SimplifiedLimitNaturalPerson { get; set; } = 200m;

    /// <summary>行政处罚法 第51条: on-the-spot fine limit for a legal person or other organisation (yuan).</summary>
    public decimal SimplifiedLimitLegalPerson { get; set; } = 3000m;

    /// <summary>行政处罚法 第63条 "较大数额罚款": provincial; default follows a common local list (unconfirmed).</summary>
    public decimal HearingThresholdNaturalPerson { get; set; } = 10000m;

    public decimal HearingThresholdLegalPerson { get; set; } = 100000m;

    /// <summary>Working days the party has for 陈述、申辩 after the notice (not fixed nationally; common practice 3).</summary>
    public int StatementPeriodWorkingDays { get; set; } = 3;

    /// <summary>行政处罚法 第64条: hearing request within 5 (working) days of the notice.</summary>
    public int HearingRequestWorkingDays { get; set; } = 5;

    /// <summary>行政处罚法 第64条: notify the hearing at least 7 (working) days ahead.</summary>
    public int HearingNoticeWorkingDays { get; set; } = 7;

    /// <summary>国办发〔2018〕118号 (十三): each organ sets its own review period; default 10 working days (市场监管 practice).</summary>
    public int LegalReviewWorkingDays { get; set; } = 10;

    /// <summary>行政处罚法 第61条: serve within 7 (working) days when the party was absent.</summary>
    public int ServiceWorkingDays { get; set; } = 7;

    /// <summary>行政处罚法 第67条: pay within 15 days of receiving the decision.</summary>
    public int PaymentPeriodDays { get; set; } = 15;

    /// <summary>行政处罚法 第72条: late fee 3% of the fine per day, capped at the fine.</summary>
    public decimal LateFeeRatePerDay { get; set; } = 0.03m;

    /// <summary>国办发〔2018〕118号 (六): publish 行政处罚 decisions within 7 working days.</summary>
    public int PublicationWorkingDays { get; set; } = 7;

    /// <summary>行政处罚法 第48条 + 第85条: withdraw a revoked decision within 3 working days.</summary>
    public int WithdrawalWorkingDays { get; set; } = 3;

    /// <summary>Reply to a complaint about enforcement (no national figure; default 15 working days).</summary>
    public int ComplaintReplyWorkingDays { get; set; } = 15;

    /// <summary>Warn this many days before a certificate expires.</summary>
    public int CertificateWarningDays { get; set; } = 30;

    /// <summary>年审: provincial rule (unconfirmed); when on, an officer needs a passed review for the previous year once this date of the year has passed.</summary>
    public bool RequireAnnualReview { get; set; } = true;

    public int AnnualReviewDueMonth { get; set; } = 3;

    public int AnnualReviewDueDay { get; set; } = 31;

    /// <summary>Annual training hours (国办发〔2023〕27号 is quoted as 60; unconfirmed).</summary>
    public int AnnualTrainingHours { get; set; } = 60;

    /// <summary>Case number pattern; {short} is the township short name without 府, {year} and {n} the sequence.</summary>
    public string CaseNumberPattern { get; set; } = "{short}综执立〔{year}〕{n}号";

    public string DecisionNumberPattern { get; set; } = "{short}综执罚〔{year}〕{n}号";
}
