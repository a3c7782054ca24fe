using Fazhi.Modules.County.Assessment.DefineSheet;
using Fazhi.Modules.County.Contracts;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using CountyRecord = Fazhi.Modules.Organization.County;

namespace Fazhi.Modules.County.Assessment.Demo;

/// <summary>
/// The demo county's 2022 法治建设考核表, defined by its reviewer through the same handler as a real sheet, early in
/// 2023 when the year's reports are in: a hundred points over the figures the five seed reports state — 执法人员持证,
/// 规范性文件审核与备案, 重大决策合法性审查, 学法, 执法培训, 纠纷调处, 依申请公开, 处罚公示 — and 执法投诉 scored
/// lower-is-better (零投诉得满分).
/// </summary>
internal sealed class AssessmentDemoSeeder : IStartupSeeder
{
    public int Order => 950;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var countyId = await db.Set<CountyRecord>().AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(cancellationToken);
        var reviewer = new Actor(null, "county.reviewer", "县司法局审查员", null, countyId, new HashSet<string>([Roles.CountyReviewer], StringComparer.Ordinal));
        await new SeedClock().Set(new DateOnly(2023, 2, 15)).Create<DefineSheetHandler>(services).HandleAsync(reviewer, new DefineSheetRequest(2022, "2022年度乡镇法治政府建设考核",
        [
            new AssessmentLineInput("enforcement.certified-rate", "行政执法人员持证上岗", 10, ScoringRuleKind.Proportional, 100, null),
            new AssessmentLineInput("documents.review-rate", "规范性文件合法性审核", 10, ScoringRuleKind.Threshold, 100, null),
            new AssessmentLineInput("documents.filing-rate", "规范性文件报备", 10, ScoringRuleKind.Threshold, 100, null),
            new AssessmentLineInput("decisions.legality-review-rate", "重大行政决策合法性审查", 10, ScoringRuleKind.Proportional, 100, null),
            new AssessmentLineInput("education.study.central-group", "党委理论学习中心组学法（每季度至少1次）", 10, ScoringRuleKind.Proportional, 4, null),
            new AssessmentLineInput("education.trainings.officers", "行政执法人员业务培训", 10, ScoringRuleKind.Proportional, 2, null),
            new AssessmentLineInput("disputes.success-rate", "矛盾纠纷调处成功率", 10, ScoringRuleKind.Proportional, 95, null),
            new AssessmentLineInput("disclosure.replied-in-time-rate", "依申请公开按期答复", 10, ScoringRuleKind.Threshold, 100, null),
            new AssessmentLineInput("enforcement.publication-on-time-rate", "行政处罚决定按时公示", 10, ScoringRuleKind.Proportional, 100, null),
            new AssessmentLineInput("enforcement.complaints", "执法投诉（越少越好）", 10, ScoringRuleKind.DeductPerUnit, 0, 2),
        ]), cancellationToken);
    }
}
