using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Officers;

public sealed class OfficerRequest
{
    [Required(ErrorMessage = "请填写姓名。")]
    [MaxLength(50, ErrorMessage = "姓名不超过 50 字。")]
    public string Name { get; set; } = "";

    [MaxLength(100, ErrorMessage = "职务不超过 100 字。")]
    public string? Position { get; set; }

    /// <summary>The officer's sign-in account, if they have one: their cases then wait for them on the workspace home.</summary>
    [MaxLength(256, ErrorMessage = "系统账号不超过 256 字。")]
    public string? AccountUserName { get; set; }

    public EmploymentKind Employment { get; set; } = EmploymentKind.Established;

    [MaxLength(50, ErrorMessage = "证件号不超过 50 字。")]
    public string? CertificateNumber { get; set; }

    [MaxLength(100, ErrorMessage = "发证机关不超过 100 字。")]
    public string? CertificateIssuer { get; set; }

    public DateOnly? CertificateValidFrom { get; set; }

    public DateOnly? CertificateValidTo { get; set; }

    public bool HasLegalProfessionQualification { get; set; }

    /// <summary>到岗日期; the day of registration when left empty (a figure of an earlier year never changes by registering someone now).</summary>
    public DateOnly? JoinedOn { get; set; }
}

/// <summary>离岗: the officer stops serving from <see cref="LeftOn"/> (调离、退休、辞职).</summary>
public sealed class DepartureRequest
{
    [Required(ErrorMessage = "请填写离岗日期。")]
    public DateOnly? LeftOn { get; set; }

    [Required(ErrorMessage = "请填写离岗原因。")]
    [MaxLength(200, ErrorMessage = "离岗原因不超过 200 字。")]
    public string? Reason { get; set; }
}

/// <summary>换证: a new certificate replaces the current one, which is kept with its validity.</summary>
public sealed class CertificateRenewalRequest
{
    [Required(ErrorMessage = "请填写新执法证号。")]
    [MaxLength(50, ErrorMessage = "证件号不超过 50 字。")]
    public string? CertificateNumber { get; set; }

    [MaxLength(100, ErrorMessage = "发证机关不超过 100 字。")]
    public string? CertificateIssuer { get; set; }

    [Required(ErrorMessage = "请填写有效期起始日期。")]
    public DateOnly? ValidFrom { get; set; }

    [Required(ErrorMessage = "请填写有效期截止日期。")]
    public DateOnly? ValidTo { get; set; }
}

internal sealed record OfficerWarning(Guid OfficerId, string Name, string Message, bool IsBlocking);

/// <summary>
/// The registry of officers and their certificates, annual reviews and training (太霞乡: 年审; 小江镇: 考试). Nothing is
/// overwritten: officers join and leave on dates and renewed certificates are kept (ADR 0017).
/// </summary>
internal sealed class OfficerRegistry(FazhiDbContext db, TimeProvider clock)
{
    public async Task<Officer> AddAsync(Actor by, Guid townshipId, OfficerRequest input, CancellationToken ct)
    {
        WhoMayRule.Of<OfficerRegisterKeptByClerkOrLeader>().Check(by);
        var officer = new Officer { TownshipId = townshipId, JoinedOn = input.JoinedOn ?? Platform.Time.ChinaTime.Today(clock) };
        await ApplyAsync(officer, input, ct);
        db.Add(officer);
        await db.SaveChangesAsync(ct);
        return officer;
    }

    /// <summary>离岗 from a date; the officer stays in the register and in the figures of the years they served.</summary>
    public async Task RecordDepartureAsync(Actor by, Officer officer, DateOnly leftOn, string reason, CancellationToken ct)
    {
        WhoMayRule.Of<OfficerRegisterKeptByClerkOrLeader>().Check(by);
        BusinessRule.Check(new OfficerNotYetLeft(officer));
        BusinessRule.Check(new DepartureAfterJoining(officer, leftOn));
        officer.LeftOn = leftOn;
        officer.LeftReason = reason.Trim();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>换证: the current certificate is kept with its validity, so the years it covered stay certified.</summary>
    public async Task RenewCertificateAsync(Actor by, Officer officer, CertificateRenewalRequest input, DateOnly today, CancellationToken ct)
    {
        WhoMayRule.Of<OfficerRegisterKeptByClerkOrLeader>().Check(by);
        var validFrom = input.ValidFrom!.Value;
        var validTo = input.ValidTo!.Value;
        BusinessRule.Check(new CertificateValidityInOrder(validFrom, validTo));
        var number = input.CertificateNumber!.Trim();
        if (await db.Set<Officer>().AnyAsync(o => o.TownshipId == officer.TownshipId && o.CertificateNumber == number && o.Id != officer.Id, ct))
        {
            throw new BusinessRuleException("enforcement.officer.duplicate-certificate", $"执法证号 {number} 已登记在其他执法人员名下。");
        }

        if (!string.IsNullOrWhiteSpace(officer.CertificateNumber))
        {
            // A child added to the loaded officer: inserted on save (client-generated Guid keys, see FazhiDbContext).
            officer.PastCertificates.Add(new OfficerCertificate
            {
                OfficerId = officer.Id,
                Number = officer.CertificateNumber,
                Issuer = officer.CertificateIssuer,
                ValidFrom = officer.CertificateValidFrom,
                ValidTo = officer.CertificateValidTo,
                ReplacedOn = today,
            });
        }

        officer.CertificateNumber = number;
        officer.CertificateIssuer = input.CertificateIssuer?.Trim() ?? officer.CertificateIssuer;
        officer.CertificateValidFrom = validFrom;
        officer.CertificateValidTo = validTo;
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(Officer officer, OfficerRequest input, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(input.CertificateNumber))
        {
            if (input.CertificateValidFrom is null || input.CertificateValidTo is null)
            {
                throw new BusinessRuleException("enforcement.officer.validity-missing", "填写执法证号时须同时填写有效期起止日期。");
            }

            if (input.CertificateValidTo < input.CertificateValidFrom)
            {
                throw new BusinessRuleException("enforcement.officer.validity-order", "执法证有效期截止日期不能早于起始日期。");
            }

            var number = input.CertificateNumber.Trim();
            if (await db.Set<Officer>().AnyAsync(o => o.TownshipId == officer.TownshipId && o.CertificateNumber == number && o.Id != officer.Id, ct))
            {
                throw new BusinessRuleException("enforcement.officer.duplicate-certificate", $"执法证号 {number} 已登记在其他执法人员名下。");
            }
        }

        officer.Name = input.Name.Trim();
        officer.AccountUserName = string.IsNullOrWhiteSpace(input.AccountUserName) ? null : input.AccountUserName.Trim();
        officer.Position = input.Position?.Trim() ?? "";
        officer.Employment = input.Employment;
        officer.CertificateNumber = input.CertificateNumber?.Trim() ?? "";
        officer.CertificateIssuer = input.CertificateIssuer?.Trim() ?? "";
        officer.CertificateValidFrom = input.CertificateValidFrom ?? default;
        officer.CertificateValidTo = input.CertificateValidTo ?? default;
        officer.HasLegalProfessionQualification = input.HasLegalProfessionQualification;
    }

    public async Task RecordReviewAsync(Actor by, Officer officer, int year, bool passed, DateOnly reviewedOn, string? note, CancellationToken ct)
    {
        WhoMayRule.Of<OfficerRegisterKeptByClerkOrLeader>().Check(by);
        var existing = officer.Reviews.FirstOrDefault(r => r.Year == year);
        if (existing is not null)
        {
            throw new BusinessRuleException("enforcement.officer.review-exists", $"{officer.Name}的{year}年度年审结果已登记，如需更正请联系系统管理员（留痕要求）。");
        }

        officer.Reviews.Add(new AnnualCertificateReview { OfficerId = officer.Id, Year = year, Passed = passed, ReviewedOn = reviewedOn, Note = note });
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordTrainingAsync(Actor by, Officer officer, TrainingRecord training, CancellationToken ct)
    {
        WhoMayRule.Of<OfficerRegisterKeptByClerkOrLeader>().Check(by);
        if (training.Hours <= 0 || training.Hours > 500)
        {
            throw new BusinessRuleException("enforcement.officer.training-hours", "培训学时应在 0 到 500 之间。");
        }

        training.OfficerId = officer.Id;
        db.Add(training);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Warnings before a certificate expires or misses its annual review; blocking ones mean the officer cannot be assigned.</summary>
    public static IEnumerable<OfficerWarning> WarningsFor(Officer officer, DateOnly today, EnforcementOptions options)
    {
        if (officer.WhyNotCertified(today, options) is { } why)
        {
            yield return new OfficerWarning(officer.Id, officer.Name, why, true);
            yield break;
        }

        var daysLeft = officer.CertificateValidTo.DayNumber - today.DayNumber;
        if (daysLeft <= options.CertificateWarningDays)
        {
            yield return new OfficerWarning(officer.Id, officer.Name, $"执法证将于{officer.CertificateValidTo:yyyy-MM-dd}到期（剩余 {daysLeft} 天），请及时换证", false);
        }

        if (options.RequireAnnualReview && officer.CertificateValidFrom.Year < today.Year && officer.Reviews.All(r => r.Year != today.Year - 1))
        {
            var due = new DateOnly(today.Year, options.AnnualReviewDueMonth, options.AnnualReviewDueDay);
            yield return new OfficerWarning(officer.Id, officer.Name, $"{today.Year - 1}年度年审尚未登记，须于{due:yyyy-MM-dd}前完成，逾期不得执法", false);
        }
    }
}
