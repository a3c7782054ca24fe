using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Enforcement.Officers;

public enum EmploymentKind
{
    Established = 1, // 在编
    Contract = 2,    // 合同制（劳动合同）
    Temporary = 3,   // 临时聘用：不得从事执法（太霞乡：坚决杜绝合同工临时工等无执法资格人员上岗执法）
}

/// <summary>An enforcement officer (执法人员) of a township with the certificate (执法证) that lets them act.</summary>
internal sealed class Officer : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public string Name { get; set; } = "";

    public string Position { get; set; } = "";

    public EmploymentKind Employment { get; set; } = EmploymentKind.Established;

    public string CertificateNumber { get; set; } = "";

    public string CertificateIssuer { get; set; } = "";

    public DateOnly CertificateValidFrom { get; set; }

    public DateOnly CertificateValidTo { get; set; }

    /// <summary>法律职业资格: required of a first-time 法制审核 reviewer (行政处罚法 第58条第2款).</summary>
    public bool HasLegalProfessionQualification { get; set; }

    public bool IsActive { get; set; } = true;

    public List<AnnualCertificateReview> Reviews { get; } = [];

    public List<TrainingRecord> Trainings { get; } = [];

    /// <summary>Why this officer may not enforce on <paramref name="date"/>, or null when they may (行政处罚法 第42条).</summary>
    public string? WhyNotCertified(DateOnly date, EnforcementOptions options)
    {
        if (!IsActive)
        {
            return $"{Name}已停止执法工作";
        }

        if (Employment == EmploymentKind.Temporary)
        {
            return $"{Name}为临时聘用人员，不得从事行政执法";
        }

        if (string.IsNullOrWhiteSpace(CertificateNumber))
        {
            return $"{Name}未取得行政执法证件";
        }

        if (date < CertificateValidFrom || date > CertificateValidTo)
        {
            return $"{Name}的执法证（{CertificateNumber}）有效期为{CertificateValidFrom:yyyy-MM-dd}至{CertificateValidTo:yyyy-MM-dd}，{date:yyyy-MM-dd}不在有效期内";
        }

        if (options.RequireAnnualReview)
        {
            var review = Reviews.FirstOrDefault(r => r.Year == date.Year - 1);
            var due = new DateOnly(date.Year, options.AnnualReviewDueMonth, options.AnnualReviewDueDay);
            if (CertificateValidFrom.Year < date.Year && date > due && review is not { Passed: true })
            {
                return review is null
                    ? $"{Name}的执法证未按期参加{date.Year - 1}年度年审"
                    : $"{Name}的执法证{date.Year - 1}年度年审未通过";
            }
        }

        return null;
    }
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
