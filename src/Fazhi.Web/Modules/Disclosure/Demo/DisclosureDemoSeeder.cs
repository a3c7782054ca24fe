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
/// reply deadline on the board. Every step goes through the handlers, each on the day it happened.
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

        // Running now: received a week before the demo's today, its reply due in December.
        await new RegisterHandler(On(new(2026, 11, 16))).HandleAsync(clerk, new RegisterRequest(RequestChannel.InPerson, ApplicantKind.LegalPerson, "河市镇桥头村股份经济合作社",
            "N2441823MF0123456X", "07638812345", "河市镇桥头村", null, "桥头村至柳林村道路硬化工程的招标文件及中标结果", DeliveryForm.Paper, DeliveryWay.Post, new DateOnly(2026, 11, 16), null), ct);
    }
}
