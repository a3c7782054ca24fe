using System.Text;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Decisions.Archive;
using Fazhi.Modules.Decisions.Catalog;
using Fazhi.Modules.Decisions.Catalog.AddItem;
using Fazhi.Modules.Decisions.Catalog.Approve;
using Fazhi.Modules.Decisions.CollectiveMatters;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Procedure;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Demo;

/// <summary>
/// A year (2026) of major decisions for 太霞乡 and 头营镇, in several stages: published and being implemented (each
/// with a hearing and a high-risk assessment with its contingency plan), evaluated and archived, in public comment,
/// in legality review, postponed; plus their approved catalogues and 三重一大 matters. 太霞乡's report keeps the meeting
/// audio of every decision, so its decisions carry one. Everything goes through the same services as the UI.
/// </summary>
internal sealed class DecisionsDemoSeeder : IStartupSeeder
{
    public int Order => 320;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var taixia = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100102000", cancellationToken);
        var touying = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100103000", cancellationToken);
        await SeedTaixiaAsync(services, taixia.Id, cancellationToken);
        await SeedTouyingAsync(services, touying.Id, cancellationToken);
    }

    private sealed record Board(string Head, string HeadPost, string[] Members);

    private static readonly Board TaixiaBoard = new("王建国", "乡长", ["李春梅|副乡长", "赵志勇|副乡长", "孙丽华|人大主席", "周海波|武装部长"]);
    private static readonly Board TouyingBoard = new("马文斌", "镇长", ["杨晓东|副镇长", "马秀英|副镇长", "海志刚|纪委书记", "田建军|人武部长"]);

    private static async Task SeedTaixiaAsync(IServiceProvider services, Guid townshipId, CancellationToken ct)
    {
        var catalog = CatalogOf(services, townshipId, "taixia.clerk", "太霞乡法制员", ct);
        var items = new[]
        {
            ("太霞乡集镇农贸市场迁建", DecisionCategory.PublicConstruction, "乡村建设发展中心", true, new DateOnly(2026, 4, 30)),
            ("太霞乡农村人居环境整治村规民约指导意见", DecisionCategory.PublicPolicy, "乡社会事务办", false, new DateOnly(2026, 3, 31)),
            ("太霞乡乡村旅游发展规划（2026—2030年）", DecisionCategory.DevelopmentPlan, "乡经济发展办", false, new DateOnly(2026, 12, 31)),
        };
        foreach (var (title, category, owner, hearing, planned) in items)
        {
            await catalog.AddAsync(new AddCatalogItemRequest(title, category, owner, "公众参与、专家论证、风险评估、合法性审查、集体讨论决定", planned, hearing, null, new DateOnly(2026, 1, 20)));
        }

        await catalog.ApproveAsync(new ApproveCatalogRequest("乡党委会议2026年第2次", new DateOnly(2026, 2, 10)));
        await catalog.AddAsync(new AddCatalogItemRequest("太霞乡2027年度民生实事项目安排", DecisionCategory.OtherMajorMatter, "乡党政办",
            "公众参与、合法性审查、集体讨论决定", new DateOnly(2026, 12, 31), false, "县政府要求各乡镇于年内确定下一年度民生实事项目", new DateOnly(2026, 10, 20)));
        var items2026 = await catalog.ItemsAsync();
        Guid Item(string title) => items2026.Single(i => i.Title == title).Id;

        var w = services.GetRequiredService<DecisionWorkflow>();

        // 1. Market relocation: hearing, high risk with a contingency plan, published, being implemented.
        var market = await InitiateAsync(w, townshipId, "太霞乡集镇农贸市场迁建", DecisionCategory.PublicConstruction, "乡村建设发展中心", "乡人大代表联名建议",
            "现集镇农贸市场占道经营严重，存在交通和消防安全隐患，群众多次通过信访和12345热线反映。", Item("太霞乡集镇农贸市场迁建"), new DateOnly(2026, 2, 20),
            "第一条 为改善集镇环境、消除安全隐患，将集镇农贸市场整体迁至太霞大道东侧新址。\n第二条 原市场摊位经营户按原面积优先选择新摊位，前六个月免收摊位费。\n第三条 迁建资金由乡财政统筹，分两年安排。", ct);
        await CommentAsync(services, w, market, new DateOnly(2026, 3, 2), [(2, "建议新市场增设公共厕所和停车位。", true), (1, "搬迁时间应避开春耕农忙。", true), (null, "希望保留原址的早市。", false)], ct,
            // Opinions that came in by phone and by petition, as the seeds report, recorded beside the portal's comments.
            [(OpinionChannel.Hotline12345, 1, "来电建议新市场周边增设公交站点。", true, "周建国"), (OpinionChannel.Petition, null, "新址附近居民来访反映担心早市噪声扰民。", false, "孙桂兰")]);
        await HearingAsync(w, market, "农贸市场迁建方案及摊位分配办法", "乡政府三楼会议室", new DateOnly(2026, 4, 10), new DateOnly(2026, 3, 30), ct);
        await w.AddExpertOpinionAsync(market, "陈立新", "县住房和城乡建设局 高级工程师", "论证会", "新址选址符合集镇总体规划，建议完善排水和消防通道设计。", false, new DateOnly(2026, 4, 3), true, "已在方案中增加消防通道", ct);
        await w.AddExpertOpinionAsync(market, "刘芳", "市场监管所 所长", "书面咨询", "建议明确食品经营区与活禽区分区管理。", false, new DateOnly(2026, 4, 5), true, "已采纳", ct);
        await w.RecordRiskAssessmentAsync(market, "乡综治中心", new DateOnly(2026, 4, 8),
        [
            RiskPoint.Create("社会稳定", "部分经营户对新摊位位置不满，可能聚集上访", 4, 5, "逐户走访，公开抽签分配摊位"),
            RiskPoint.Create("公共安全", "搬迁期间临时摊点占道引发交通事故", 3, 4, "搬迁期间设置临时交通管制"),
            RiskPoint.Create("财政", "建设成本超出预算", 2, 3, "分期建设，严格工程变更审批"),
        ], RiskLevel.High, "分批搬迁、摊位公开抽签、搬迁期交通管制", "成立以乡长为组长的应急处置小组；出现群体性聚集时由包村干部和派出所30分钟内到场疏导，必要时暂停搬迁并召开协商会。", ct);
        await ReviewAsync(w, market, new DateOnly(2026, 4, 13), ct);
        await MeetAsync(w, market, TaixiaBoard, new DateOnly(2026, 4, 28), dissent: true, ct);
        await w.PublishAsync(market, "太政发〔2026〕5号", "太霞乡人民政府关于集镇农贸市场迁建的决定（全文见附件）", "共收到公众意见3条，采纳2条；听证会意见5条，采纳4条；专家意见2条，全部采纳。", new DateOnly(2026, 5, 8), ct);
        var m1 = await w.AddMilestoneAsync(market, "完成新市场主体工程建设", "乡村建设发展中心", new DateOnly(2026, 9, 30), ct);
        await w.CompleteMilestoneAsync(market, m1.Id, "主体工程于9月26日通过验收。", new DateOnly(2026, 9, 26), ct);
        await w.AddMilestoneAsync(market, "经营户全部迁入新市场", "乡村建设发展中心", new DateOnly(2026, 12, 15), ct);
        await AudioAsync(w, market, ct);

        // 2. Village rules guidance: decided, published, evaluated, archive closed.
        var rules = await InitiateAsync(w, townshipId, "太霞乡农村人居环境整治村规民约指导意见", DecisionCategory.PublicPolicy, "乡社会事务办", "乡党委",
            "各村村规民约中人居环境条款不统一，需要统一指导。", Item("太霞乡农村人居环境整治村规民约指导意见"), new DateOnly(2026, 1, 12),
            "第一条 各村应当在村规民约中明确房前屋后卫生责任。\n第二条 村民理事会每月开展一次卫生评比。", ct);
        await CommentAsync(services, w, rules, new DateOnly(2026, 1, 20), [(1, "建议把评比结果与村集体分红挂钩。", false), (2, "评比应当由村民代表参加。", true)], ct);
        await w.RecordRiskAssessmentAsync(rules, "乡司法所", new DateOnly(2026, 2, 24), [RiskPoint.Create("法律", "村规民约条款可能侵害村民合法权益", 2, 3, "由法律顾问逐村审核")], RiskLevel.Low, "法律顾问逐村审核村规民约", null, ct);
        await ReviewAsync(w, rules, new DateOnly(2026, 2, 25), ct);
        await MeetAsync(w, rules, TaixiaBoard, new DateOnly(2026, 3, 10), dissent: false, ct);
        await w.PublishAsync(rules, "太政发〔2026〕3号", "太霞乡人民政府关于农村人居环境整治村规民约的指导意见", "采纳公众意见1条；不予采纳1条，理由：集体分红由村民会议依法决定。", new DateOnly(2026, 3, 16), ct);
        var evaluation = await w.PlanEvaluationAsync(rules, "决策机关认为有必要", "县委党校课题组", new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31), ct);
        await w.CompleteEvaluationAsync(rules, evaluation.Id, EvaluationConclusion.Continue, "7个村全部修订村规民约，群众满意率96%，建议继续实施。", new DateOnly(2026, 10, 20), ct);
        await AudioAsync(w, rules, ct);
        await services.GetRequiredService<ArchiveService>().CloseAsync(rules, ct);

        // 3. Next year's public-service projects: in public comment now (the 30-day period is on the board).
        var projects = await InitiateAsync(w, townshipId, "太霞乡2027年度民生实事项目安排", DecisionCategory.OtherMajorMatter, "乡党政办", "乡党委",
            "通过12345热线、信访和公众号收集的群众诉求，拟定2027年度民生实事项目。", Item("太霞乡2027年度民生实事项目安排"), new DateOnly(2026, 10, 28),
            "第一条 实施太霞河沿岸路灯亮化工程。\n第二条 新建两处村级养老服务站。\n第三条 改造集镇供水管网。", ct);
        await w.OpenPublicCommentAsync(projects, null, null, ct, new DateOnly(2026, 11, 2));

        // 4. Tourism plan: in legality review (7 working days on the board).
        var tourism = await InitiateAsync(w, townshipId, "太霞乡乡村旅游发展规划（2026—2030年）", DecisionCategory.DevelopmentPlan, "乡经济发展办", "乡长办公会议",
            "依托亲水资源发展乡村旅游。", Item("太霞乡乡村旅游发展规划（2026—2030年）"), new DateOnly(2026, 8, 3),
            "第一条 打造“亲水太霞”乡村旅游品牌。\n第二条 建设太霞河滨水步道。", ct);
        await CommentAsync(services, w, tourism, new DateOnly(2026, 8, 10), [(2, "步道建设应保护河道生态。", true)], ct);
        await w.AddExpertOpinionAsync(tourism, "黄卫东", "市文化旅游局 规划科科长", "论证会", "规划定位清晰，建议分期实施。", false, new DateOnly(2026, 10, 9), true, null, ct);
        await w.RecordRiskAssessmentAsync(tourism, "乡综治中心", new DateOnly(2026, 11, 5), [RiskPoint.Create("生态环境", "游客增加造成河道污染", 3, 3, "设置垃圾收集点和环保标识")], RiskLevel.Medium, "分期开发、环境容量控制", null, ct);
        await w.RequestLegalityReviewAsync(tourism, new DateOnly(2026, 11, 18), null, ct);

        var register = services.GetRequiredService<CollectiveMatterRegister>();
        await MatterAsync(register, townshipId, CollectiveMatterCategory.LargeFunds, "太霞河堤防水毁修复资金安排", 860000m, new DateOnly(2026, 6, 22), TaixiaBoard, ct);
        await MatterAsync(register, townshipId, CollectiveMatterCategory.KeyAppointment, "乡村建设发展中心主任人选", null, new DateOnly(2026, 7, 15), TaixiaBoard, ct);
        await MatterAsync(register, townshipId, CollectiveMatterCategory.MajorProject, "太霞小学运动场改造项目", 1200000m, new DateOnly(2026, 9, 8), TaixiaBoard, ct);
    }

    private static async Task SeedTouyingAsync(IServiceProvider services, Guid townshipId, CancellationToken ct)
    {
        var catalog = CatalogOf(services, townshipId, "touying.clerk", "头营镇法制员", ct);
        await catalog.AddAsync(new AddCatalogItemRequest("头营镇集中供热管网改造工程", DecisionCategory.PublicConstruction, "镇村镇建设服务中心",
            "公众参与、听证、专家论证、风险评估、合法性审查、集体讨论决定", new DateOnly(2026, 6, 30), true, null, new DateOnly(2026, 1, 15)));
        await catalog.AddAsync(new AddCatalogItemRequest("头营镇肉牛养殖小区布局规划", DecisionCategory.DevelopmentPlan, "镇农业农村服务中心",
            "公众参与、风险评估、合法性审查、集体讨论决定", new DateOnly(2026, 9, 30), false, null, new DateOnly(2026, 1, 15)));
        await catalog.AddAsync(new AddCatalogItemRequest("头营镇农村集体经营性建设用地入市方案", DecisionCategory.NaturalResources, "镇自然资源所",
            "公众参与、听证、风险评估、合法性审查、集体讨论决定", new DateOnly(2026, 12, 31), true, null, new DateOnly(2026, 1, 15)));
        await catalog.ApproveAsync(new ApproveCatalogRequest("镇党委会议2026年第3次", new DateOnly(2026, 2, 6)));
        var items2026 = await catalog.ItemsAsync();
        Guid Item(string title) => items2026.Single(i => i.Title == title).Id;
        var w = services.GetRequiredService<DecisionWorkflow>();

        var heating = await InitiateAsync(w, townshipId, "头营镇集中供热管网改造工程", DecisionCategory.PublicConstruction, "镇村镇建设服务中心", "镇人大代表建议",
            "镇区供热管网建于2008年，老化漏损严重，冬季居民室温不达标。", Item("头营镇集中供热管网改造工程"), new DateOnly(2026, 3, 2),
            "第一条 对镇区12公里供热主管网进行改造。\n第二条 改造期间采取临时供热措施。\n第三条 供热价格维持现行标准不变。", ct);
        await CommentAsync(services, w, heating, new DateOnly(2026, 3, 16), [(3, "希望明确改造后三年内不涨价。", true), (2, "临时供热应覆盖学校和卫生院。", true)], ct);
        await HearingAsync(w, heating, "供热管网改造方案及施工期临时供热安排", "镇政府会议室", new DateOnly(2026, 4, 24), new DateOnly(2026, 4, 14), ct);
        await w.AddExpertOpinionAsync(heating, "马俊", "原州区热力公司 高级工程师", "论证会", "管径选择合理，建议采用预制直埋保温管。", false, new DateOnly(2026, 4, 20), true, "已采纳", ct);
        await w.RecordRiskAssessmentAsync(heating, "镇综治中心", new DateOnly(2026, 4, 28),
        [
            RiskPoint.Create("公共安全", "施工期间遇寒潮导致居民停暖", 3, 5, "施工安排在非采暖期，备用锅炉待命"),
            RiskPoint.Create("社会稳定", "道路开挖影响商户经营引发不满", 4, 4, "分段施工，每段不超过15天"),
        ], RiskLevel.High, "非采暖期分段施工、备用锅炉待命", "启动供热保障应急预案：备用锅炉4小时内投入运行，学校和卫生院优先恢复供热，镇长为第一责任人。", ct);
        await ReviewAsync(w, heating, new DateOnly(2026, 5, 6), ct);
        await MeetAsync(w, heating, TouyingBoard, new DateOnly(2026, 5, 20), dissent: false, ct);
        await w.PublishAsync(heating, "头政发〔2026〕12号", "头营镇人民政府关于实施集中供热管网改造工程的决定", "采纳公众意见2条，听证意见3条，专家意见1条。", new DateOnly(2026, 5, 28), ct);
        var m = await w.AddMilestoneAsync(heating, "完成主管网改造", "镇村镇建设服务中心", new DateOnly(2026, 9, 30), ct);
        await w.CompleteMilestoneAsync(heating, m.Id, "9月28日完成并试压合格。", new DateOnly(2026, 9, 28), ct);
        await w.PlanEvaluationAsync(heating, "首个采暖季后评估实施效果", "区发展改革局评估中心", new DateOnly(2026, 11, 16), new DateOnly(2027, 4, 30), ct);

        // Postponed at the meeting: waits for a new meeting.
        var cattle = await InitiateAsync(w, townshipId, "头营镇肉牛养殖小区布局规划", DecisionCategory.DevelopmentPlan, "镇农业农村服务中心", "镇党委",
            "发展肉牛产业，规范散养。", Item("头营镇肉牛养殖小区布局规划"), new DateOnly(2026, 5, 11),
            "第一条 在镇北规划三处肉牛养殖小区。\n第二条 养殖小区距村庄不少于500米。", ct);
        await CommentAsync(services, w, cattle, new DateOnly(2026, 5, 18), [(2, "距离应不少于800米。", false)], ct);
        await w.RecordRiskAssessmentAsync(cattle, "镇综治中心", new DateOnly(2026, 6, 25), [RiskPoint.Create("生态环境", "粪污处理不当污染水源", 3, 4, "配套粪污处理设施")], RiskLevel.Medium, "配套粪污资源化利用设施", null, ct);
        await ReviewAsync(w, cattle, new DateOnly(2026, 7, 1), ct);
        await w.DecideAsync(cattle, new MeetingCommand("镇政府常务会议", new DateOnly(2026, 7, 16), TouyingBoard.Head, "镇政府班子成员", null,
            "会议认为选址涉及基本农田调整，待区自然资源局意见后再议。", MeetingOutcome.Postpone, null, Views(TouyingBoard, false, "同意暂缓，待区自然资源局出具意见。")), ct);

        // Land market entry: in public comment, hearing planned for December (hearing-notice deadline on the board).
        var land = await InitiateAsync(w, townshipId, "头营镇农村集体经营性建设用地入市方案", DecisionCategory.NaturalResources, "镇自然资源所", "镇党委",
            "盘活闲置集体经营性建设用地。", Item("头营镇农村集体经营性建设用地入市方案"), new DateOnly(2026, 11, 5),
            "第一条 入市地块须符合国土空间规划。\n第二条 入市收益按比例分配给集体经济组织成员。", ct);
        await w.OpenPublicCommentAsync(land, null, null, ct, new DateOnly(2026, 11, 9));
        await w.ScheduleHearingAsync(land, "入市收益分配办法", "镇政府会议室", new DateOnly(2026, 12, 10), "各村推荐与公开报名相结合", "村民代表12名、集体经济组织代表3名", null, ct);

        var register = services.GetRequiredService<CollectiveMatterRegister>();
        await MatterAsync(register, townshipId, CollectiveMatterCategory.LargeFunds, "冬春农田水利建设资金安排", 540000m, new DateOnly(2026, 3, 20), TouyingBoard, ct);
        await MatterAsync(register, townshipId, CollectiveMatterCategory.MajorMatter, "头营镇防汛应急预案修订", null, new DateOnly(2026, 5, 8), TouyingBoard, ct);
    }

    private static Task<MajorDecision> InitiateAsync(DecisionWorkflow w, Guid townshipId, string title, DecisionCategory category, string owner, string proposer,
        string background, Guid? item, DateOnly on, string draft, CancellationToken ct) =>
        w.InitiateAsync(townshipId, new InitiateCommand(title, category, owner, proposer, background, draft, "依据《重大行政决策程序暂行条例》拟定。",
            [("方案一", "按草案实施", true), ("方案二", "分两年分步实施", false)], item, on), ct);

    private static async Task CommentAsync(IServiceProvider services, DecisionWorkflow w, MajorDecision d, DateOnly opensOn, (int? Article, string Text, bool Adopted)[] comments, CancellationToken ct,
        (OpinionChannel Channel, int? Article, string Text, bool Adopted, string Name)[]? otherChannels = null)
    {
        await w.OpenPublicCommentAsync(d, null, null, ct, opensOn);
        // Each opinion is submitted, answered and summarised on its own day: the service is built on the seed clock.
        var clock = new SeedClock();
        var db = services.GetRequiredService<FazhiDbContext>();
        var ids = new List<(Guid Id, bool Adopted)>();
        var n = 0;
        foreach (var (article, text, adopted) in comments)
        {
            var id = await clock.Set(opensOn.AddDays(3 + n)).Create<IConsultations>(services).AddCommentAsync(d.ConsultationId!.Value, article, text, n % 2 == 0 ? "群众" + (n + 1) : null, n % 2 == 0 ? "1389510" + (1000 + n) : null, opensOn.AddDays(3 + n), ct);
            ids.Add((id!.Value, adopted));
            n++;
        }

        foreach (var (channel, article, text, adopted, name) in otherChannels ?? [])
        {
            var id = await clock.Set(opensOn.AddDays(5 + n)).Create<IConsultations>(services).RecordOpinionAsync(d.ConsultationId!.Value, new OtherChannelOpinion(channel, opensOn.AddDays(5 + n), article, text, name, "1390876" + (1000 + n)),
                opensOn.AddDays(5 + n), ct);
            ids.Add((id!.Value, adopted));
            n++;
        }

        await db.SaveChangesAsync(ct);
        var answering = clock.Set(d.CommentClosesOn!.Value).Create<IConsultations>(services);
        foreach (var (id, adopted) in ids)
        {
            await answering.DecideAsync(id, adopted ? CommentDecision.Adopted : CommentDecision.NotAdopted, adopted ? "意见合理，已在草案中体现。" : "与上位法规定不一致或不具备实施条件。", ct);
        }

        await db.SaveChangesAsync(ct);
        await clock.Set(d.CommentClosesOn!.Value.AddDays(1)).Create<IConsultations>(services).PublishSummaryAsync(d.ConsultationId!.Value, d.CommentClosesOn!.Value.AddDays(1), ct);
        await db.SaveChangesAsync(ct);
    }

    private static async Task HearingAsync(DecisionWorkflow w, MajorDecision d, string subject, string place, DateOnly heldOn, DateOnly noticedOn, CancellationToken ct)
    {
        var hearing = await w.ScheduleHearingAsync(d, subject, place, heldOn, "经营户、村民代表自愿报名，按比例随机抽取", "利害关系人代表8名、人大代表2名、政协委员1名", null, ct);
        await w.NoticeHearingAsync(d, hearing.Id, noticedOn, ct);
        await w.RecordHearingAsync(d, hearing.Id, "承办单位说明方案；听证参加人发言9人次，提出意见5条，主要涉及摊位分配、过渡期安排和费用减免。听证参加人已逐页确认签字。", true, heldOn, ct);
    }

    private static async Task ReviewAsync(DecisionWorkflow w, MajorDecision d, DateOnly requestedOn, CancellationToken ct)
    {
        await w.RequestLegalityReviewAsync(d, requestedOn, null, ct);
        await w.RecordLegalityOpinionAsync(d, "法律顾问（律师）", LegalityOpinion.Passed,
            "决策事项属于本级政府职权范围，已履行公众参与、专家论证、风险评估程序，内容符合法律法规和国家政策，同意提交集体讨论。", d.LegalityReplyBy!.Value.AddDays(-1), ct);
    }

    private static List<MemberView> Views(Board board, bool dissent, string headView)
    {
        var views = board.Members.Select((m, i) => new MemberView
        {
            Member = m.Split('|')[0],
            Post = m.Split('|')[1],
            Position = dissent && i == 2 ? MemberPosition.Disagree : i == 1 ? MemberPosition.AgreeWithChanges : MemberPosition.Agree,
            View = dissent && i == 2 ? "新址距离居民区较远，建议暂缓。" : i == 1 ? "同意，建议加强过渡期安排。" : "同意。",
        }).ToList();
        views.Add(new MemberView { Member = board.Head, Post = board.HeadPost, IsHead = true, Position = MemberPosition.Agree, View = headView });
        return views;
    }

    private static Task<CollectiveMeeting> MeetAsync(DecisionWorkflow w, MajorDecision d, Board board, DateOnly on, bool dissent, CancellationToken ct) =>
        w.DecideAsync(d, new MeetingCommand(board.HeadPost == "乡长" ? "乡政府常务会议" : "镇政府常务会议", on, board.Head, "政府班子成员，司法所所长、法律顾问列席", null,
            $"会议听取{d.Owner}关于《{d.Title}》的汇报，审议了公众意见采纳情况、专家论证意见、风险评估报告和合法性审查意见，经充分讨论，同意通过。",
            MeetingOutcome.Adopt, null, Views(board, dissent, "综合大家意见，同意通过，由承办单位抓好落实。")), ct);

    private static async Task MatterAsync(CollectiveMatterRegister register, Guid townshipId, CollectiveMatterCategory category, string topic, decimal? amount, DateOnly on, Board board, CancellationToken ct)
    {
        var matter = await register.RegisterAsync(townshipId, new CollectiveMatterRequest(category, topic, board.Members[0].Split('|')[0], $"提请集体研究：{topic}。", amount, on.AddDays(-7)), ct);
        await register.DecideAsync(matter, new MeetingCommand("党政班子联席会议", on, board.Head, "党政班子成员", null, $"会议研究了{topic}，同意按提请方案执行。",
            MeetingOutcome.Adopt, null, Views(board, false, "同意。")), ct);
    }

    private static async Task AudioAsync(DecisionWorkflow w, MajorDecision d, CancellationToken ct)
    {
        // Demo data has no real recording: an ID3-tagged file naming the meeting stands in, so the archive holds an audio item.
        using var audio = new MemoryStream([.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes($"会议录音 {d.Title} {d.DecidedOn:yyyy-MM-dd}")]);
        await w.AttachAsync(d, "会议录音", $"{d.Title}-集体讨论录音.mp3", audio, ct);
    }

    private static DemoCatalog CatalogOf(IServiceProvider services, Guid townshipId, string clerk, string clerkName, CancellationToken ct) =>
        new(services, Actor.For(clerk, clerkName, townshipId, Roles.LegalClerk), 2026, ct);

    /// <summary>The demo's 2026 catalogue, listed and approved by the township's legal clerk through the steps' handlers.</summary>
    private sealed class DemoCatalog(IServiceProvider services, Actor clerk, int year, CancellationToken ct)
    {
        public Task<CatalogItem> AddAsync(AddCatalogItemRequest request) =>
            services.GetRequiredService<AddCatalogItemHandler>().HandleAsync(clerk, year, request, ct);

        public Task<DecisionCatalog?> ApproveAsync(ApproveCatalogRequest request) =>
            services.GetRequiredService<ApproveCatalogHandler>().HandleAsync(clerk, year, request, ct);

        public async Task<IReadOnlyList<CatalogItem>> ItemsAsync() =>
            (await services.GetRequiredService<CatalogQueries>().FindAsync(clerk.TownshipId!.Value, year, ct))!.Items;
    }
}
