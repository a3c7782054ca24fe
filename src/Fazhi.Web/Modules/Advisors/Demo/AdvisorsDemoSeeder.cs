using Fazhi.Modules.Advisors.Engagements.Assess;
using Fazhi.Modules.Advisors.Engagements.RecordService;
using Fazhi.Modules.Advisors.Engagements.SignContract;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Advisors.Reviews.GiveOpinion;
using Fazhi.Modules.Advisors.Reviews.RecordSigning;
using Fazhi.Modules.Advisors.Reviews.SubmitReview;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Demo;

/// <summary>
/// The seeds' advisors: 太霞乡 2022 “每年聘请1名律师作为政府法律顾问……合同审核率达100%”; 大张楼镇 2022 “镇、村两级法律顾问全覆盖”
/// (one advisor for the township, two covering its three villages). 太霞乡 also has its 2026 advisor, a contract awaiting
/// review and one signed before its review (flagged). Everything goes through the handlers on the day it happened.
/// </summary>
internal sealed class AdvisorsDemoSeeder : IStartupSeeder
{
    public int Order => 340;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var ct = cancellationToken;
        var taixia = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100102000", ct);
        var dazhanglou = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100105000", ct);
        var sign = services.GetRequiredService<SignContractHandler>();
        var record = services.GetRequiredService<RecordServiceHandler>();
        var clock = new SeedClock();

        // 太霞乡 2022: one lawyer, every contract reviewed before it was signed.
        var taixiaClerk = Actor.For("taixia.clerk", "太霞乡法制员", taixia.Id, Roles.LegalClerk);
        var yang = await sign.HandleAsync(taixiaClerk, new SignContractRequest("杨俊", AdvisorKind.Lawyer, "示范县明理律师事务所", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), 30000m,
            "政府大额投资建设项目、涉及群众切身利益的重大决策的论证，规范性文件和合同的合法性审查，法律咨询", true, []), ct);
        foreach (var (on, subject, people) in new[] { (new DateOnly(2022, 3, 15), "“3·15”法律咨询日现场咨询", 36), (new DateOnly(2022, 6, 20), "土地承包纠纷法律咨询", 4), (new DateOnly(2022, 9, 8), "农民工工资追讨法律咨询", 7) })
        {
            await record.HandleAsync(taixiaClerk, yang.Id, new RecordServiceRequest(ServiceKind.Consultation, on, subject, people, null), ct);
        }

        await record.HandleAsync(taixiaClerk, yang.Id, new RecordServiceRequest(ServiceKind.Opinion, new DateOnly(2022, 5, 10), "太霞乡农村人居环境整治实施方案合法性审查意见", 0, "规范性文件"), ct);
        await record.HandleAsync(taixiaClerk, yang.Id, new RecordServiceRequest(ServiceKind.Opinion, new DateOnly(2022, 8, 2), "集镇道路改造项目决策法律意见", 0, "重大行政决策"), ct);
        var contracts2022 = new (string Title, string Party, decimal Amount, DateOnly Submitted, DateOnly Reviewed, DateOnly Signed)[]
        {
            ("太霞乡集镇道路改造工程施工合同", "示范县路桥建设有限公司", 1_860_000m, new(2022, 3, 1), new(2022, 3, 8), new(2022, 3, 15)),
            ("太霞乡政府办公楼物业服务合同", "示范县安居物业管理有限公司", 96_000m, new(2022, 4, 6), new(2022, 4, 11), new(2022, 4, 20)),
            ("太霞村饮水安全巩固提升工程施工合同", "示范县水利水电工程有限公司", 420_000m, new(2022, 6, 13), new(2022, 6, 17), new(2022, 6, 28)),
            ("太霞乡农村生活垃圾清运服务合同", "示范县洁美环境服务有限公司", 150_000m, new(2022, 9, 5), new(2022, 9, 9), new(2022, 9, 19)),
        };
        foreach (var c in contracts2022)
        {
            await ReviewedContractAsync(services, clock, taixiaClerk, c.Title, c.Party, c.Amount, c.Submitted, c.Reviewed, c.Signed, ct);
        }

        // Its half-yearly assessments, by the head of the township after each half-year.
        var taixiaLeader = Actor.For("taixia.leader", "太霞乡乡长", taixia.Id, Roles.Leader);
        await clock.Set(new DateOnly(2022, 7, 5)).Create<AssessAdvisorHandler>(services).HandleAsync(taixiaLeader, yang.Id,
            new AssessAdvisorRequest(2022, 1, AssessmentGrade.Excellent, "按时参与规范性文件和合同审查，意见具体可行。", new DateOnly(2022, 7, 5)), ct);
        await clock.Set(new DateOnly(2023, 1, 6)).Create<AssessAdvisorHandler>(services).HandleAsync(taixiaLeader, yang.Id,
            new AssessAdvisorRequest(2022, 2, AssessmentGrade.Competent, "全年合同审核率100%；下村法律咨询次数偏少。", new DateOnly(2023, 1, 6)), ct);

        // 大张楼镇 2022: 镇、村两级法律顾问全覆盖.
        var dazhanglouClerk = Actor.For("dazhanglou.clerk", "大张楼镇法制员", dazhanglou.Id, Roles.LegalClerk);
        var villages = await db.Set<Village>().Where(v => v.TownshipId == dazhanglou.Id).OrderBy(v => v.DivisionCode).Select(v => v.Id).ToListAsync(ct);
        var year = (From: new DateOnly(2022, 1, 1), To: new DateOnly(2022, 12, 31));
        var han = await sign.HandleAsync(dazhanglouClerk, new SignContractRequest("韩志国", AdvisorKind.Lawyer, "示范县公正律师事务所", year.From, year.To, 40000m,
            "镇党委政府重大决策、重大项目、重点领域的合法性审查、法律咨询和法律建议", true, []), ct);
        var li = await sign.HandleAsync(dazhanglouClerk, new SignContractRequest("李娜", AdvisorKind.Lawyer, "示范县公正律师事务所", year.From, year.To, 12000m,
            "村级法律顾问：村规民约审查、矛盾纠纷调处、法律咨询", false, villages.Take(2).ToList()), ct);
        var zhao = await sign.HandleAsync(dazhanglouClerk, new SignContractRequest("赵磊", AdvisorKind.PublicLawyer, "示范县司法局", year.From, year.To, 0m,
            "村级法律顾问：村规民约审查、矛盾纠纷调处、法律咨询", false, villages.Skip(2).ToList()), ct);
        await record.HandleAsync(dazhanglouClerk, han.Id, new RecordServiceRequest(ServiceKind.Opinion, new DateOnly(2022, 4, 18), "大张楼镇农贸市场改造项目法律意见", 0, "重大项目"), ct);
        await record.HandleAsync(dazhanglouClerk, li.Id, new RecordServiceRequest(ServiceKind.Consultation, new DateOnly(2022, 5, 12), "王庄村法律服务日坐班", 12, null), ct);
        await record.HandleAsync(dazhanglouClerk, zhao.Id, new RecordServiceRequest(ServiceKind.Consultation, new DateOnly(2022, 7, 7), "前楼村宅基地纠纷法律咨询", 5, null), ct);

        // 太霞乡 now: its 2026 advisor, one contract awaiting review, one signed before its review.
        var yang2026 = await sign.HandleAsync(taixiaClerk, new SignContractRequest("杨俊", AdvisorKind.Lawyer, "示范县明理律师事务所", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 30000m,
            "重大决策论证，规范性文件和合同的合法性审查，法律咨询", true, []), ct);
        await record.HandleAsync(taixiaClerk, yang2026.Id, new RecordServiceRequest(ServiceKind.Opinion, new DateOnly(2026, 4, 13), "集镇农贸市场迁建决策合法性审查意见", 0, "重大行政决策"), ct);
        var late = await clock.Set(new DateOnly(2026, 10, 9)).Create<SubmitReviewHandler>(services).HandleAsync(taixiaClerk,
            new SubmitReviewRequest("石门村村道维修施工合同", "示范县路桥建设有限公司", 86_000m, new DateOnly(2026, 10, 9)), ct);
        await clock.Set(new DateOnly(2026, 10, 12)).Create<RecordSigningHandler>(services).HandleAsync(taixiaClerk, late.Id, new RecordSigningRequest(new DateOnly(2026, 10, 12)), ct);
        await clock.Set(new DateOnly(2026, 10, 15)).Create<GiveOpinionHandler>(services).HandleAsync(taixiaClerk, late.Id,
            new GiveOpinionRequest(ReviewOpinion.LawfulAfterChanges, "合同未约定质量保证金和工期延误违约责任，建议补充。", false, new DateOnly(2026, 10, 15)), ct);
        await clock.Set(new DateOnly(2026, 11, 18)).Create<SubmitReviewHandler>(services).HandleAsync(taixiaClerk,
            new SubmitReviewRequest("太霞乡2027年度农村公路养护服务合同", "示范县交通建设有限公司", 240_000m, new DateOnly(2026, 11, 18)), ct);
    }

    private static async Task ReviewedContractAsync(IServiceProvider services, SeedClock clock, Actor clerk, string title, string party, decimal amount,
        DateOnly submitted, DateOnly reviewed, DateOnly signed, CancellationToken ct)
    {
        var review = await clock.Set(submitted).Create<SubmitReviewHandler>(services).HandleAsync(clerk, new SubmitReviewRequest(title, party, amount, submitted), ct);
        await clock.Set(reviewed).Create<GiveOpinionHandler>(services).HandleAsync(clerk, review.Id, new GiveOpinionRequest(ReviewOpinion.Lawful, "主体适格，条款合法，同意签订。", true, reviewed), ct);
        await clock.Set(signed).Create<RecordSigningHandler>(services).HandleAsync(clerk, review.Id, new RecordSigningRequest(signed), ct);
    }
}
