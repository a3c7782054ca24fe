using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Enforcement.Officers;

public enum EmploymentKind
{
    Established = 1, // 在编
    Contract = 2,    // 合同制（劳动合同）
    Temporary = 3,   // 临时聘用：不得从事执法（太霞乡：坚决杜绝合同工临时工等无执法资格人员上岗执法）
}

/// <summary>
/// An enforcement officer (执法人员) of a township with the certificate (执法证) that lets them act. The register is
/// effective-dated (ADR 0017): the officer serves from <see cref="JoinedOn"/> until <see cref="LeftOn"/>, and a renewed
/// certificate keeps the one it replaced in <see cref="PastCertificates"/>, so a year's figures count what stood then.
/// </summary>
internal sealed class Officer : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The officer's own sign-in account (用户名), so their cases wait for them on the workspace home; empty for an officer without one.</summary>
    public string? AccountUserName { get; set; }

    public string Position { get; set; } = "";

    public EmploymentKind Employment { get; set; } = EmploymentKind.Established;

    public string CertificateNumber { get; set; } = "";

    public string CertificateIssuer { get; set; } = "";

    public DateOnly CertificateValidFrom { get; set; }

    public DateOnly CertificateValidTo { get; set; }

    /// <summary>法律职业资格: required of a first-time 法制审核 reviewer (行政处罚法 第58条第2款).</summary>
    public bool HasLegalProfessionQualification { get; set; }

    /// <summary>到岗日期: the first day the officer serves in this township's enforcement team.</summary>
    public DateOnly JoinedOn { get; set; }

    /// <summary>离岗日期: the first day the officer no longer serves (调离、退休、辞职); null while serving.</summary>
    public DateOnly? LeftOn { get; set; }

    public string? LeftReason { get; set; }

    public List<AnnualCertificateReview> Reviews { get; } = [];

    /// <summary>Certificates this officer held before the current one, with their validity.</summary>
    public List<OfficerCertificate> PastCertificates { get; } = [];

    public List<TrainingRecord> Trainings { get; } = [];

    /// <summary>Whether the officer was in the township's enforcement team on <paramref name="date"/>.</summary>
    public bool IsServingOn(DateOnly date) => JoinedOn <= date && (LeftOn is null || date < LeftOn);

    /// <summary>The certificate (current or earlier) valid on <paramref name="date"/>, or null.</summary>
    public (string Number, DateOnly ValidFrom, DateOnly ValidTo)? CertificateOn(DateOnly date)
    {
        if (!string.IsNullOrWhiteSpace(CertificateNumber) && CertificateValidFrom <= date && date <= CertificateValidTo)
        {
            return (CertificateNumber, CertificateValidFrom, CertificateValidTo);
        }

        return PastCertificates.Where(c => c.ValidFrom <= date && date <= c.ValidTo)
            .Select(c => ((string, DateOnly, DateOnly)?)(c.Number, c.ValidFrom, c.ValidTo)).FirstOrDefault();
    }

    /// <summary>Why this officer may not enforce on <paramref name="date"/>, or null when they may (行政处罚法 第42条).</summary>
    public string? WhyNotCertified(DateOnly date, EnforcementOptions options)
    {
        if (date < JoinedOn)
        {
            return $"{Name}于{JoinedOn:yyyy-MM-dd}到岗，{date:yyyy-MM-dd}尚不在本乡镇执法岗位";
        }

        if (LeftOn is { } left && date >= left)
        {
            return $"{Name}已于{left:yyyy-MM-dd}离岗，不得从事行政执法";
        }

        if (Employment == EmploymentKind.Temporary)
        {
            return $"{Name}为临时聘用人员，不得从事行政执法";
        }

        if (string.IsNullOrWhiteSpace(CertificateNumber))
        {
            return $"{Name}未取得行政执法证件";
        }

        if (CertificateOn(date) is not { } certificate)
        {
            return $"{Name}的执法证（{CertificateNumber}）有效期为{CertificateValidFrom:yyyy-MM-dd}至{CertificateValidTo:yyyy-MM-dd}，{date:yyyy-MM-dd}不在有效期内";
        }

        if (options.RequireAnnualReview)
        {
            // Only a review done by that date counts: the year is judged by what stood on that day.
            var review = Reviews.FirstOrDefault(r => r.Year == date.Year - 1 && r.ReviewedOn <= date);
            var due = new DateOnly(date.Year, options.AnnualReviewDueMonth, options.AnnualReviewDueDay);
            if (certificate.ValidFrom.Year < date.Year && date > due && review is not { Passed: true })
            {
                return review is null
                    ? $"{Name}的执法证未按期参加{date.Year - 1}年度年审"
                    : $"{Name}的执法证{date.Year - 1}年度年审未通过";
            }
        }

        return null;
    }
}

/// <summary>A certificate the officer held before it was renewed (换证), kept so that earlier years stay true.</summary>
internal sealed class OfficerCertificate
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OfficerId { get; set; }

    public string Number { get; set; } = "";

    public string Issuer { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; }

    /// <summary>The day it was replaced by a new certificate.</summary>
    public DateOnly ReplacedOn { get; set; }
}

/// <summary>年审 of a certificate for one year.</summary>
internal sealed class AnnualCertificateReview
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OfficerId { get; set; }

    public int Year { get; set; }

    public bool Passed { get; set; }

    public DateOnly ReviewedOn { get; set; }

    public string? Note { get; set; }
}

/// <summary>Training hours and the law exam of a year.</summary>
internal sealed class TrainingRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OfficerId { get; set; }

    public int Year { get; set; }

    public string Title { get; set; } = "";

    public decimal Hours { get; set; }

    public decimal? ExamScore { get; set; }

    public bool? ExamPassed { get; set; }
}
