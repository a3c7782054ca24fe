using Fazhi.Modules.Disclosure.Catalogue;
using Fazhi.Modules.Disclosure.Catalogue.AddEntry;
using Fazhi.Modules.Disclosure.Catalogue.EditGuide;
using Fazhi.Modules.Disclosure.Catalogue.PublishEntry;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Disclosure.Requests;
using Fazhi.Modules.Disclosure.Requests.ConsultThirdParty;
using Fazhi.Modules.Disclosure.Requests.EndConsultation;
using Fazhi.Modules.Disclosure.Requests.Extend;
using Fazhi.Modules.Disclosure.Requests.Register;
using Fazhi.Modules.Disclosure.Requests.Reply;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.Demo;

/// <summary>
/// 河市镇's 2026 依申请公开 (its report: “制定和完善了政府信息公开指南和目录”): an application answered by providing the
/// information, one withheld after the third party it concerned refused (the consultation's days left out of the
/// period, the period extended by the head), one that was not the township's to answer, and one running now with its
/// reply deadline on the board; its 公开指南 and a 政府信息公开目录 with one item still to be published within 20 working
/// days. Every step goes through the handlers, each on the day it happened.
/// </summary>
internal sealed class DisclosureDemoSeeder : IStartupSeeder
{
    public int Order => 330;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var heshi = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100104000", cancellationToken);
        var clerk = Actor.For("heshi.clerk", "河市镇法制员", heshi.Id, Roles.LegalClerk);
        var leader = Actor.For("heshi.leader", "河市镇领导", heshi.Id, Roles.Leader);
        var clock = new SeedClock();
        RequestDesk On(DateOnly day) => clock.Set(day).Create<RequestDesk>(services);
        var ct = cancellationToken;

        var budget = await new RegisterHandler(On(new(2026, 3, 9))).HandleAsync(clerk, new RegisterRequest(RequestChannel.InPerson, ApplicantKind.Citizen, "刘桂芳", "441823197608152447",
            "13826651234", "河市镇桥头村三组", null, "河市镇2026年部门预算及“三公”经费预算说明", DeliveryForm.Paper, DeliveryWay.Pickup, new DateOnly(2026, 3, 9), null), ct);
        await new ReplyHandler(On(new(2026, 3, 20))).HandleAsync(clerk, budget.Id, new ReplyRequest(ReplyType.Provided, null, null,
            "提供《河市镇2026年部门预算》及“三公”经费预算说明纸质复印件各一份，请于答复之日起10个工作日内到镇党政办领取。", null), ct);

        var land = await new RegisterHandler(On(new(2026, 6, 15))).HandleAsync(clerk, new RegisterRequest(RequestChannel.RegisteredPost, ApplicantKind.Citizen, "陈志强", "441823198211043019",
            "13902287766", "河市镇柳林村", null, "柳林村集体土地流转给某农业公司的流转合同及租金标准", DeliveryForm.Electronic, DeliveryWay.Email, new DateOnly(2026, 6, 12), new DateOnly(2026, 6, 15)), ct);
        await new ConsultThirdPartyHandler(On(new(2026, 6, 22))).HandleAsync(clerk, land.Id, new ConsultThirdPartyRequest("河市绿源农业发展有限公司", null), ct);
        await new EndConsultationHandler(On(new(2026, 7, 6))).HandleAsync(clerk, land.Id, new EndConsultationRequest(ThirdPartyAnswer.Disagreed,
            "合同租金及付款条款涉及公司商业秘密，不同意公开。", null), ct);
        await new ExtendHandler(On(new(2026, 7, 20))).HandleAsync(leader, land.Id, new ExtendRequest(10, "涉及流转合同条款的区分处理，需会同村委会核对原件。", new DateOnly(2026, 7, 20), null), ct);
        await new ReplyHandler(On(new(2026, 7, 31))).HandleAsync(clerk, land.Id, new ReplyRequest(ReplyType.Refused, RefusalGround.ThirdPartyRights, null,
            "经书面征求第三方意见，河市绿源农业发展有限公司认为流转合同的租金及付款条款属于其商业秘密，不同意公开，且理由合理；公开该部分信息不涉及重大公共利益。柳林村土地流转的面积、期限及用途已在村务公开栏公开。", null), ct);

        var school = await new RegisterHandler(On(new(2026, 9, 7))).HandleAsync(clerk, new RegisterRequest(RequestChannel.InPerson, ApplicantKind.Citizen, "黄海燕", "441823199003128821",
            "13719923456", null, "hhy@example.cn", "河市中心小学2026年秋季学位分配方案", DeliveryForm.Electronic, DeliveryWay.Email, new DateOnly(2026, 9, 7), null), ct);
        await new ReplyHandler(On(new(2026, 9, 11))).HandleAsync(clerk, school.Id, new ReplyRequest(ReplyType.NotThisOrgan, null, "示范县教育局，联系电话0763-8881234",
            "义务教育学校学位分配由县教育行政部门负责制定和公开，不属于本机关负责公开的政府信息。", null), ct);

        await new EditGuideHandler(clock.Set(new(2026, 1, 5)).Create<CatalogueDesk>(services)).HandleAsync(clerk, new EditGuideRequest("河市镇党政综合办公室",
            "河市镇河市大道1号镇政府一楼", "工作日上午8:30—12:00，下午14:30—17:30", "0763-8861234", "0763-8861235", "heshi@example.gov.cn"), ct);
        CatalogueDesk Desk(DateOnly day) => clock.Set(day).Create<CatalogueDesk>(services);
        var entries = new (InformationCategory Category, string Title, string Summary, DateOnly Formed, DateOnly? Published)[]
        {
            (InformationCategory.Budget, "河市镇2026年部门预算", "2026年镇本级一般公共预算收支、政府性基金预算及“三公”经费预算。", new(2026, 2, 26), new(2026, 3, 6)),
            (InformationCategory.AgriculturalPolicy, "河市镇2026年耕地地力保护补贴发放方案", "补贴对象、标准（每亩120元）、发放程序和监督电话。", new(2026, 4, 8), new(2026, 4, 15)),
            (InformationCategory.LandContractTransfer, "柳林村土地经营权流转情况公示", "流转面积326亩、期限10年、用途为水果种植，流转价款按村民会议决定执行。", new(2026, 6, 1), new(2026, 6, 10)),
            (InformationCategory.SocialAssistance, "河市镇2026年第三季度农村低保动态调整情况", "新纳入12户、退出7户，保障标准每人每月560元。", new(2026, 10, 9), new(2026, 10, 16)),
            (InformationCategory.FarmlandIrrigation, "桥头村高标准农田水利配套工程建设情况", "工程内容、投资额、施工单位及工期安排。", new(2026, 11, 13), null),
        };
        foreach (var (category, title, summary, formed, published) in entries)
        {
            var entry = await new AddEntryHandler(Desk(formed)).HandleAsync(clerk, new AddEntryRequest(category, title, summary, formed, null), ct);
            if (published is { } on)
            {
                await new PublishEntryHandler(Desk(on)).HandleAsync(clerk, entry.Id, new PublishEntryRequest(null), ct);
            }
        }

        // Running now: received a week before the demo's today, its reply due in December.
        await new RegisterHandler(On(new(2026, 11, 16))).HandleAsync(clerk, new RegisterRequest(RequestChannel.InPerson, ApplicantKind.LegalPerson, "河市镇桥头村股份经济合作社",
            "N2441823MF0123456X", "07638812345", "河市镇桥头村", null, "桥头村至柳林村道路硬化工程的招标文件及中标结果", DeliveryForm.Paper, DeliveryWay.Post, new DateOnly(2026, 11, 16), null), ct);
    }
}
