using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Demo;

/// <summary>
/// 小江镇's 2022 report, drafted from its records by the same workflow a clerk uses, then completed with the parts
/// staff write (the first-responsible-person duties, next year's plan) as in the town's real report of 2023-01-13.
/// It is left for the leader to approve and publish.
/// </summary>
internal sealed class ReportDemoSeeder : IStartupSeeder
{
    public int Order => 900;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var township = await db.Set<Township>().SingleOrDefaultAsync(t => t.DivisionCode == "990100101000", cancellationToken);
        if (township is null || await db.Set<AnnualReport>().AnyAsync(r => r.TownshipId == township.Id && r.Year == 2022, cancellationToken))
        {
            return;
        }

        var workflow = services.GetRequiredService<ReportWorkflow>();
        var clerk = new ReportActor("小江镇法制员", Actor.For("xiaojiang.clerk", "小江镇法制员", township.Id, Roles.LegalClerk));
        var report = await workflow.DraftAsync(township.Id, 2022, clerk, cancellationToken);
        var draft = report.Latest;
        await workflow.SaveVersionAsync(township.Id, 2022, new ReportDraftInput(
            draft.Title,
            "2022年，在县委、县政府的正确领导下，我镇始终坚持以习近平新时代中国特色社会主义思想为引领，全面学习贯彻习近平法治思想，深入贯彻落实《法治政府建设实施纲要（2021—2025年）》，依法执政、依法行政、简政放权。现将2022年度我镇法治政府建设工作开展情况报告如下：",
            [
                draft.Achievements,
                draft.Shortcomings.Length > 0
                    ? draft.Shortcomings + Environment.NewLine + "专职执法人员不足，执法力量较为薄弱；法治工作人员紧跟政策法规变动的知识储备还不足。"
                    : "专职执法人员不足，执法力量较为薄弱；法治工作人员紧跟政策法规变动的知识储备还不足。",
                "党委书记切实履行法治政府建设第一责任人职责，多次主持召开班子会议，传达学习习近平总书记关于法治政府建设重要讲话精神，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。",
                "（一）全面加强党的领导，把党的领导贯彻到法治建设全过程各方面。" + Environment.NewLine
                    + "（二）补短板，推进执法队伍规范化，落实持证上岗、亮证执法及行政执法全过程记录制度。" + Environment.NewLine
                    + "（三）加强普法宣传教育，营造崇尚法治氛围。",
                "无其他需要报告的情况。",
            ],
            draft.Issuer,
            new DateOnly(2023, 1, 13),
            "补充第三至五部分"), clerk, cancellationToken);
    }
}
