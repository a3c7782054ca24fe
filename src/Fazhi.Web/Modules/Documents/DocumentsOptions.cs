namespace Fazhi.Modules.Documents;

/// <summary>
/// Settings of the normative documents module (configuration section <c>Fazhi:Documents</c>). Every value here is a
/// fact that REGULATIONS.md §3 marks unconfirmed or local; the defaults are the common practice it cites.
/// </summary>
internal sealed class DocumentsOptions
{
    public const string Section = "Fazhi:Documents";

    /// <summary>Public comment period in working days for documents affecting citizens' rights (示范指标 item 24; origin in 37号 unconfirmed).</summary>
    public int PublicCommentWorkingDays { get; set; } = 7;

    /// <summary>Public comment period in calendar days for documents closely related to market actors (优化营商环境条例 第62条: 一般不少于30日).</summary>
    public int BusinessPublicCommentDays { get; set; } = 30;

    /// <summary>Default legality review period in working days (115号 (五): 一般不少于5个工作日，最长不超过15个工作日).</summary>
    public int LegalityReviewWorkingDays { get; set; } = 7;

    /// <summary>Lower bound of the review period a clerk may set (115号 (五)).</summary>
    public int LegalityReviewMinWorkingDays { get; set; } = 5;

    /// <summary>Upper bound of the review period a clerk may set (115号 (五)).</summary>
    public int LegalityReviewMaxWorkingDays { get; set; } = 15;

    /// <summary>Publication within N working days of signing (太霞乡 2022 report: 印发后5个工作日内公示; local practice).</summary>
    public int PublicationWorkingDays { get; set; } = 5;

    /// <summary>Filing with the county within N calendar days of publication (national deadline unconfirmed; provinces use 3 wd, 15 or 30 days).</summary>
    public int FilingDays { get; set; } = 15;

    /// <summary>
    /// Calendar days the county's 责令纠正 gives the township to correct (revise, stop or revoke) a filed document. No
    /// national rule; local filing-review rules commonly give 30 days (REGULATIONS.md §3, 备案审查 example).
    /// </summary>
    public int CorrectionDays { get; set; } = 30;

    /// <summary>Validity period in years (no uniform national rule; provinces commonly 一般不超过5年).</summary>
    public int ValidityYears { get; set; } = 5;

    /// <summary>Calendar days before expiry when the expiry deadline turns yellow.</summary>
    public int ExpiryWarningDays { get; set; } = 90;

    /// <summary>Pattern of the 文号: {short} = Township.ShortName, {year}, {n} = sequence in the year (三统一, numbering format is local).</summary>
    public string NumberPattern { get; set; } = "{short}规〔{year}〕{n}号";

    /// <summary>Whether the leader in charge and the principal leader must be two different accounts.</summary>
    public bool RequireDistinctSigners { get; set; }
}
