using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Engagements.Assess;

/// <summary>半年考核 of an advisor: the half-year, the grade and the remarks.</summary>
public sealed record AssessAdvisorRequest(
    [Required(ErrorMessage = "请填写考核年度。"), Range(2019, 2100, ErrorMessage = "考核年度应在 2019—2100 之间。")] int? Year,
    [Required(ErrorMessage = "请选择上半年或下半年。"), Range(1, 2, ErrorMessage = "请选择上半年或下半年。")] int? Half,
    [Required(ErrorMessage = "请选择考核等次。"), EnumDataType(typeof(AssessmentGrade), ErrorMessage = "请选择考核等次。")] AssessmentGrade? Grade,
    [Required(ErrorMessage = "请填写考核意见。"), MaxLength(2000, ErrorMessage = "考核意见不超过 2000 字。")] string Remarks,
    DateOnly? On)
{
    public static AssessAdvisorRequest Blank { get; } = new(null, null, null, "", null);
}

/// <summary>The government assesses the advisor it retains; a leader signs the assessment.</summary>
internal sealed class AdvisorsAssessedByLeader() : WhoMayRule(
    "advisors.assessment.who", "法律顾问的半年考核由领导作出（聘用单位对法律顾问进行考核）。", Roles.Leader);

internal sealed class AssessAdvisorHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<AdvisorAssessment?> HandleAsync(Actor actor, Guid contractId, AssessAdvisorRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<AdvisorsAssessedByLeader>().Check(actor);
        if (await db.Set<AdvisorContract>().SingleOrDefaultAsync(c => c.Id == contractId, ct) is not { } contract)
        {
            return null;
        }

        var today = Platform.Time.ChinaTime.Today(clock);
        var (year, half) = (form.Year!.Value, form.Half!.Value);
        var already = await db.Set<AdvisorAssessment>().AnyAsync(a => a.ContractId == contractId && a.Year == year && a.Half == half, ct);
        var assessment = AdvisorAssessment.Assess(contract, year, half, form.Grade!.Value, form.Remarks, actor.Name, form.On ?? today, today, already);
        db.Add(assessment);
        await db.SaveChangesAsync(ct);
        return assessment;
    }
}
