using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reports.Demo;

/// <summary>
/// The five seed reports — 头营镇 2022, 太霞乡 2022, 大张楼镇 2022, 小江镇 2022 and 河市镇 2024 — drafted from the
/// records by the clerk, completed with the parts staff write, approved by the leader, published on the portal and
/// reported to the county, each step through <see cref="ReportWorkflow"/> on the day it happened. Part 一 is what the
/// records support (the figures the other demo seeders recorded as the seeds state them); the staff's own words add
/// no figure the records do not hold. The DOCX is made at publication; the PDF by the step after start-up (ADR 0025),
/// so that seeding never waits for LibreOffice.
/// </summary>
internal sealed class ReportDemoSeeder : IStartupSeeder
{
    public int Order => 900;

    public bool IsDemoData => true;

    /// <summary>One seed report: who, which year, the days of its steps, and what staff wrote beside the records.</summary>
    private sealed record SeedReport(
        string Key,
        string Code,
        int Year,
        DateOnly DraftedOn,
        DateOnly ApprovedOn,
        DateOnly PublishedOn,
        DateOnly IssuedOn,
        string Preamble,
        string StaffAchievements,
        string Shortcomings,
        string LeaderDuties,
        string NextYearPlan);

    private static readonly SeedReport[] Reports =
    [
        new("xiaojiang", "990100101000", 2022, new(2023, 1, 9), new(2023, 1, 12), new(2023, 1, 13), new(2023, 1, 13),
            "2022年，在县委、县政府的正确领导下，我镇始终坚持以习近平新时代中国特色社会主义思想为引领，全面学习贯彻习近平法治思想，深入贯彻落实《法治政府建设实施纲要（2021—2025年）》，依法执政、依法行政、简政放权。现将2022年度我镇法治政府建设工作开展情况报告如下：",
            "加强政务服务，提升法治政府建设数字化水平\n推进党务公开、政务公开工作，围绕便于群众知情、办事，将惠民政策、群众办事指南、财政收支、政务动态等情况同时公开在县政府门户网站和党务和政务公开栏。",
            "专职执法人员不足，执法力量较为薄弱；法治工作人员紧跟政策法规变动的知识储备还不足。",
            "党委书记切实履行法治政府建设第一责任人职责，多次主持召开班子会议，传达学习习近平总书记关于法治政府建设重要讲话精神，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。",
            "（一）全面加强党的领导，把党的领导贯彻到法治建设全过程各方面。\n（二）补短板，推进执法队伍规范化，落实持证上岗、亮证执法及行政执法全过程记录制度。\n（三）加强普法宣传教育，营造崇尚法治氛围。"),
        new("taixia", "990100102000", 2022, new(2023, 2, 6), new(2023, 2, 9), new(2023, 2, 10), new(2023, 2, 10),
            "2022年，为贯彻落实党的二十大精神和全面推进依法治国基本方略，我乡深入推进依法行政和法治政府建设工作，创新基层治理理念，全面开展普法依法治理工作，不断提高依法行政和民主科学决策水平。现将我乡2022年度法治政府建设工作开展情况报告如下：",
            "加强领导、明确职责，确保法治政府建设工作的连续性和长效性\n成立了由党委书记、乡长任组长的法治政府建设工作领导小组，将法治政府建设工作纳入党政一把手责任考核评价体系，做到年度有计划，有总结，有工作例会，有检查考核。",
            "一是部分基层行政执法人员法治观念、法律意识不强，与依法行政的要求还不适应。二是基层执法人员编制、执法经费保障机制与依法行政的要求还不相适应。三是委托执法过多且权责不对等现象仍然存在。四是行政执法监督力度不够。五是普法工作有待进一步加强。",
            "乡党委书记、乡长切实履行推进法治建设第一责任人职责，对法治政府建设重要工作亲自部署、重大问题亲自过问。",
            "（一）进一步完善科学民主决策机制。\n（二）加强行政执法监督，健全执法岗位责任制度。\n（三）建立健全规范性文件管理制度，进一步加强规范性文件的备案审查工作。\n（四）加强领导干部和行政执法人员的学法用法，进一步提高依法行政水平。"),
        new("touying", "990100103000", 2022, new(2023, 3, 8), new(2023, 3, 13), new(2023, 3, 14), new(2023, 3, 14),
            "2022年，头营镇法治政府建设工作在区委、区政府的坚强领导和区委全面依法治区办的正确指导下，坚持以习近平新时代中国特色社会主义思想为指导，坚持依法全面履行政府职能，认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，深入推进头营镇法治政府建设各项工作。现就全镇2022年度法治政府建设工作情况报告如下：",
            "加强组织领导，夯实法治基础\n成立了由党委书记负总责、党委副书记具体牵头负责、党委委员具体抓的镇依法行政工作领导小组，始终坚持“党委统一领导，党政齐抓共管”的原则，将建设法治政府摆在工作全局的重要位置。",
            "一是执法人员偏少，执法力量较为薄弱，尤其是缺乏高素质的法治工作专业人才。二是理论学习不够积极主动，重业务、轻学习的思想依然存在。三是法治宣传工作不够深入，涉及面不够广泛。",
            "党委书记切实履行推进法治政府建设第一责任人职责，充分发挥镇党委在推进法治建设中的领导核心作用。",
            "（一）在学法用法中，切实增强学法的实效性，提高学法用法的能力和水平。\n（二）把用法作为学法的着眼点和落脚点，真正做到学以致用。\n（三）提高行政应诉能力，主动化解矛盾纠纷，实质性化解争议。"),
        new("dazhanglou", "990100105000", 2022, new(2023, 2, 13), new(2023, 2, 17), new(2023, 2, 20), new(2023, 2, 18),
            "大张楼镇紧紧围绕落实习近平法治思想，贯彻落实法治建设各项部署要求，全面落实党政主要负责人推进法治建设第一责任职责，致力于提升全镇法治建设水平。现将大张楼镇2022年度法治建设工作开展情况报告如下：",
            "建立领导机制，夯实法治责任\n成立了由镇党委书记任组长、党委副书记及分管领导任副组长，各部门、各服务区主要负责人为成员的法治政府建设工作领导小组，将重点工作任务分解落实到各村、镇各部门。",
            "一是部分基层行政执法人员法治观念、法律意识不强，与依法行政的要求还不适应。二是基层执法人员编制、执法经费保障机制与依法行政的要求还不相适应。三是执法队伍整体素质不高。四是普法工作有待进一步加强，人民群众法治意识有待提高。",
            "镇党委书记、镇长全面落实党政主要负责人推进法治建设第一责任人职责，不断完善镇党委中心组学法制度，把能不能依法办事、遵守法律作为考察识别干部的重要标准。",
            "（一）加强组织领导，明确责任分工。\n（二）强化沟通联系，确保任务落实。\n（三）加强队伍建设，夯实法治根基。"),
        new("heshi", "990100104000", 2024, new(2025, 2, 17), new(2025, 2, 20), new(2025, 2, 21), new(2025, 2, 21),
            "2024年河市镇法治建设工作在区管委的统一领导下，全面贯彻落实党的二十大和二十届三中全会精神，坚持以习近平法治思想为指导，深入推进依法行政和法治政府建设工作。现将2024年度法治政府建设情况报告如下：",
            "坚持依法行政，健全体制机制\n加强规范性文件的监督管理，切实做到有件必备，有错必纠；深入推进法律顾问制度，合同、重大决策、规范性文件、行政处罚与许可必须由法律顾问审查，出具法律意见后经集体研究讨论决定。",
            "一是乡镇法治工作力量较弱，基层干部职工面对点多、面广、量大的业务，放松了对各项法律法规的学习。二是普法效果不明显，法治宣传的效果有待进一步提升。三是乡镇法制机构和执法队伍建设仍然薄弱。",
            "镇主要领导参与法治建设专题工作会，研究部署推进法治政府建设与责任落实督察整改过程中遇到的各项问题，切实履行法治建设第一责任人职责。",
            "（一）加强法治宣传工作。\n（二）进一步推进依法行政工作。\n（三）进一步规范公正文明执法。\n（四）积极主动化解社会矛盾。"),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var townships = await db.Set<Township>().AsNoTracking().ToDictionaryAsync(t => t.DivisionCode, cancellationToken);
        var clock = new SeedClock();
        foreach (var seed in Reports)
        {
            if (!townships.TryGetValue(seed.Code, out var township)
                || await db.Set<AnnualReport>().AnyAsync(r => r.TownshipId == township.Id && r.Year == seed.Year, cancellationToken))
            {
                continue;
            }

            await SeedReportAsync(services, clock, township, seed, cancellationToken);
        }
    }

    private static async Task SeedReportAsync(IServiceProvider root, SeedClock clock, Township township, SeedReport seed, CancellationToken ct)
    {
        var clerk = new ReportActor($"{township.Name}法制员", Actor.For($"{seed.Key}.clerk", $"{township.Name}法制员", township.Id, Roles.LegalClerk));
        var leader = new ReportActor($"{township.Name}领导", Actor.For($"{seed.Key}.leader", $"{township.Name}领导", township.Id, Roles.Leader));

        // The clerk drafts from the records, then completes the parts staff write.
        var draft = await Step(root, clock, seed.DraftedOn, w => w.DraftAsync(township.Id, seed.Year, clerk, ct));
        var drafted = draft.Latest;
        await Step(root, clock, seed.DraftedOn, w => w.SaveVersionAsync(township.Id, seed.Year, new ReportDraftInput(
            drafted.Title,
            seed.Preamble,
            [
                WithStaffSubsection(drafted.Achievements, seed.StaffAchievements),
                string.Join(Environment.NewLine, new[] { drafted.Shortcomings, seed.Shortcomings }.Where(s => s.Length > 0)),
                drafted.LeaderDuties.Length > 0 ? drafted.LeaderDuties + Environment.NewLine + seed.LeaderDuties : seed.LeaderDuties,
                seed.NextYearPlan,
                "无其他需要报告的情况。",
            ],
            drafted.Issuer,
            seed.IssuedOn,
            "补充第三至五部分"), clerk, ct));

        // The leader approves; the clerk publishes (the PDF follows after start-up) and reports it to the county.
        await Step(root, clock, seed.ApprovedOn, async w => { await w.ApproveAsync(township.Id, seed.Year, leader, ct); return true; });
        await Step(root, clock, seed.PublishedOn, w => w.PublishAsync(township.Id, seed.Year, clerk, ct, PdfTiming.AfterStartUp));
        await Step(root, clock, seed.PublishedOn, async w => { await w.SubmitToCountyAsync(township.Id, seed.Year, clerk, ct); return true; });
    }

    /// <summary>Part 一 as drafted from the records, then the subsection staff wrote, numbered after the drafted ones.</summary>
    private static string WithStaffSubsection(string drafted, string staff)
    {
        var number = ReportText.Lines(drafted).Count(ReportText.IsSubheading) + 1;
        var subsection = $"（{ChineseNumerals.Format(number)}）{staff}";
        return drafted.Length == 0 ? subsection : drafted + Environment.NewLine + subsection;
    }

    /// <summary>One step in its own scope, as the system tenant, with the workflow's clock on the day it happened.</summary>
    private static async Task<T> Step<T>(IServiceProvider root, SeedClock clock, DateOnly day, Func<ReportWorkflow, Task<T>> step)
    {
        clock.Set(day);
        await using var scope = root.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Value = TenantContext.System;
        return await step(clock.Create<ReportWorkflow>(scope.ServiceProvider));
    }
}
