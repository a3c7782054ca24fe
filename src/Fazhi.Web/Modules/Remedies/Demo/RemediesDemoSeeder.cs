using Fazhi.Modules.Organization;
using Fazhi.Modules.Remedies.Cases;
using Fazhi.Modules.Remedies.Cases.RecordHearing;
using Fazhi.Modules.Remedies.Cases.RecordOutcome;
using Fazhi.Modules.Remedies.Cases.Register;
using Fazhi.Modules.Remedies.Cases.SubmitAnswer;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Remedies.Demo;

/// <summary>
/// 太霞乡 2026: a lawsuit against its demolition order, answered in time, the 乡长 in court, the claim dismissed. 大张楼镇,
/// running now: a reconsideration and a lawsuit whose answer and 答辩 are due in December. 河市镇 2026: a reconsideration
/// about a refusal to disclose (简易程序, 行政复议法 第53条), upheld. Every step through the handlers on its own day.
/// </summary>
internal sealed class RemediesDemoSeeder : IStartupSeeder
{
    public int Order => 350;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var ct = cancellationToken;
        var taixia = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100102000", ct);
        var heshi = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100104000", ct);
        var dazhanglou = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100105000", ct);
        var clock = new SeedClock();
        CaseDesk On(DateOnly day) => clock.Set(day).Create<CaseDesk>(services);
        var taixiaClerk = Actor.For("taixia.clerk", "太霞乡法制员", taixia.Id, Roles.LegalClerk);
        var heshiClerk = Actor.For("heshi.clerk", "河市镇法制员", heshi.Id, Roles.LegalClerk);
        var dazhanglouClerk = Actor.For("dazhanglou.clerk", "大张楼镇法制员", dazhanglou.Id, Roles.LegalClerk);

        var lawsuit = await new RegisterCaseHandler(On(new(2026, 3, 9))).HandleAsync(taixiaClerk, new RegisterCaseRequest(RemedyKind.Litigation, "（2026）示0102行初8号", "王德福",
            "太霞乡人民政府责令限期拆除违法建筑决定（太霞府拆决〔2025〕3号）", "示范县人民法院", false, false, new DateOnly(2026, 3, 9)), ct);
        await new SubmitAnswerHandler(On(new(2026, 3, 20))).HandleAsync(taixiaClerk, lawsuit.Id,
            new SubmitAnswerRequest("提交答辩状及现场勘验笔录、责令改正通知书、送达回证等证据，《城乡规划法》第六十五条为依据。", new DateOnly(2026, 3, 20)), ct);
        await new RecordHearingHandler(On(new(2026, 5, 12))).HandleAsync(taixiaClerk, lawsuit.Id,
            new RecordHearingRequest(new DateOnly(2026, 5, 12), true, "乡长 周明", null, null), ct);
        await new RecordOutcomeHandler(On(new(2026, 7, 6))).HandleAsync(taixiaClerk, lawsuit.Id,
            new RecordOutcomeRequest(RemedyOutcome.Upheld, new DateOnly(2026, 7, 6), "判决驳回原告王德福的诉讼请求。"), ct);

        var refusal = await new RegisterCaseHandler(On(new(2026, 6, 15))).HandleAsync(heshiClerk, new RegisterCaseRequest(RemedyKind.Reconsideration, "示县复〔2026〕9号", "陈建华",
            "河市镇人民政府政府信息公开申请答复（不予公开：过程性信息）", "示范县人民政府", true, true, new DateOnly(2026, 6, 15)), ct);
        await new SubmitAnswerHandler(On(new(2026, 6, 18))).HandleAsync(heshiClerk, refusal.Id,
            new SubmitAnswerRequest("提交书面答复及申请登记、答复书、送达凭证；所申请信息为内部研究过程中的讨论记录，属《政府信息公开条例》第十六条第二款的过程性信息。", new DateOnly(2026, 6, 18)), ct);
        await new RecordOutcomeHandler(On(new(2026, 7, 10))).HandleAsync(heshiClerk, refusal.Id,
            new RecordOutcomeRequest(RemedyOutcome.Upheld, new DateOnly(2026, 7, 10), "维持河市镇人民政府作出的政府信息公开申请答复。"), ct);

        // Running now: the answer and the 答辩 are due in December (the demo's today is late November).
        await new RegisterCaseHandler(On(new(2026, 11, 16))).HandleAsync(dazhanglouClerk, new RegisterCaseRequest(RemedyKind.Litigation, "（2026）示0105行初31号", "示范县前楼建材有限公司",
            "大张楼镇人民政府行政处罚决定（大张楼府罚决〔2026〕12号）", "示范县人民法院", false, false, new DateOnly(2026, 11, 16)), ct);
        await new RegisterCaseHandler(On(new(2026, 11, 18))).HandleAsync(dazhanglouClerk, new RegisterCaseRequest(RemedyKind.Reconsideration, "示县复〔2026〕27号", "李秀兰",
            "大张楼镇人民政府不履行土地承包经营纠纷调处职责", "示范县人民政府", false, false, new DateOnly(2026, 11, 18)), ct);
    }
}
