using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Advisors.Model;

/// <summary>The grade of a half-yearly assessment (考核等次).</summary>
public enum AssessmentGrade
{
    /// <summary>优秀.</summary>
    Excellent = 1,

    /// <summary>称职.</summary>
    Competent = 2,

    /// <summary>基本称职.</summary>
    BasicallyCompetent = 3,

    /// <summary>不称职.</summary>
    Incompetent = 4,
}

internal static class AssessmentLabels
{
    public static string Grade(AssessmentGrade g) => g switch
    {
        AssessmentGrade.Excellent => "优秀",
        AssessmentGrade.Competent => "称职",
        AssessmentGrade.BasicallyCompetent => "基本称职",
        AssessmentGrade.Incompetent => "不称职",
        _ => g.ToString(),
    };

    public static string Half(int half) => half == 1 ? "上半年" : "下半年";
}

/// <summary>
/// 半年考核 of an advisor under a contract (GLOSSARY: AdvisorAssessment): the half-year, its grade and the assessor's
/// remarks. The 2016 意见 asks organs to assess their advisors without fixing a rhythm; half-yearly is the issue's
/// (and common local) practice, so one assessment per contract and half-year, given once that half-year has ended.
/// </summary>
internal sealed class AdvisorAssessment : ITenantOwned
{
    private AdvisorAssessment()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid ContractId { get; private set; }

    public int Year { get; private set; }

    /// <summary>1 上半年, 2 下半年.</summary>
    public int Half { get; private set; }

    public AssessmentGrade Grade { get; private set; }

    public string Remarks { get; private set; } = "";

    public DateOnly AssessedOn { get; private set; }

    public string Assessor { get; private set; } = "";

    public static DateOnly HalfStart(int year, int half) => new(year, half == 1 ? 1 : 7, 1);

    public static DateOnly HalfEnd(int year, int half) => half == 1 ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31);

    public static AdvisorAssessment Assess(AdvisorContract contract, int year, int half, AssessmentGrade grade, string remarks, string assessor, DateOnly on, DateOnly today,
        bool alreadyAssessed)
    {
        BusinessRule.Check(new HalfYearWithinTheTerm(contract.StartsOn, contract.EndsOn, year, half));
        BusinessRule.Check(new HalfYearHasEnded(year, half, on, today));
        BusinessRule.Check(new AssessedOncePerHalfYear(alreadyAssessed, year, half));
        return new AdvisorAssessment
        {
            TownshipId = contract.TownshipId,
            ContractId = contract.Id,
            Year = year,
            Half = half,
            Grade = grade,
            Remarks = remarks.Trim(),
            Assessor = assessor,
            AssessedOn = on,
        };
    }
}

internal sealed record HalfYearWithinTheTerm(DateOnly StartsOn, DateOnly EndsOn, int Year, int Half) : IBusinessRule
{
    public bool IsBroken => AdvisorAssessment.HalfEnd(Year, Half) < StartsOn || AdvisorAssessment.HalfStart(Year, Half) > EndsOn;

    public string Code => "advisors.assessment.outside-term";

    public string? Field => "Half";

    public string Message => $"{Year}年{AssessmentLabels.Half(Half)}不在聘用期限（{StartsOn:yyyy-MM-dd}至{EndsOn:yyyy-MM-dd}）内，不能考核。";
}

internal sealed record HalfYearHasEnded(int Year, int Half, DateOnly On, DateOnly Today) : IBusinessRule
{
    public bool IsBroken => On <= AdvisorAssessment.HalfEnd(Year, Half) || On > Today;

    public string Code => "advisors.assessment.too-early";

    public string? Field => "On";

    public string Message => $"{Year}年{AssessmentLabels.Half(Half)}的考核应在该半年结束（{AdvisorAssessment.HalfEnd(Year, Half):yyyy-MM-dd}）之后、不晚于今天进行。";
}

internal sealed record AssessedOncePerHalfYear(bool AlreadyAssessed, int Year, int Half) : IBusinessRule
{
    public bool IsBroken => AlreadyAssessed;

    public string Code => "advisors.assessment.once";

    public string Message => $"该法律顾问{Year}年{AssessmentLabels.Half(Half)}已经考核，考核结果不可修改（全过程留痕）。";
}
