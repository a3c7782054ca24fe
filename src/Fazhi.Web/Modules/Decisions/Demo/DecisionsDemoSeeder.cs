using System.Text;
using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Decisions.Archive.AttachFile;
using Fazhi.Modules.Decisions.Archive.Close;
using Fazhi.Modules.Decisions.Catalog;
using Fazhi.Modules.Decisions.Catalog.AddItem;
using Fazhi.Modules.Decisions.Catalog.Approve;
using Fazhi.Modules.Decisions.CollectiveDeliberation;
using Fazhi.Modules.Decisions.CollectiveMatters.Deliberate;
using Fazhi.Modules.Decisions.CollectiveMatters.Register;
using Fazhi.Modules.Decisions.Evaluations.Complete;
using Fazhi.Modules.Decisions.Evaluations.Plan;
using Fazhi.Modules.Decisions.ExpertReview;
using Fazhi.Modules.Decisions.Implementation.AddMilestone;
using Fazhi.Modules.Decisions.Implementation.CompleteMilestone;
using Fazhi.Modules.Decisions.Initiation;
using Fazhi.Modules.Decisions.LegalityReview.Opinion;
using Fazhi.Modules.Decisions.LegalityReview.Submission;
using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.PublicParticipation.NoticeHearing;
using Fazhi.Modules.Decisions.PublicParticipation.OpenComment;
using Fazhi.Modules.Decisions.PublicParticipation.RecordHearing;
using Fazhi.Modules.Decisions.PublicParticipation.ScheduleHearing;
using Fazhi.Modules.Decisions.Publication;
using Fazhi.Modules.Decisions.RiskAssessment;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Demo;

/// <summary>
/// A year (2026) of major decisions for 太霞乡 and 头营镇, in several stages: published and being implemented (each
/// with a hearing and a high-risk assessment with its contingency plan), evaluated and archived, in public comment,
/// in legality review, postponed; plus their approved catalogues and 三重一大 matters. 太霞乡's report keeps the meeting
/// audio of every decision, so its decisions carry one. Every step goes through its handler, as the township's legal
/// clerk (or, for the legality review opinion, its legal advisor) on the day it happened.
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
        await SeedTaixiaAsync(new DemoSteps(services, taixia.Id, "taixia", taixia.Name, cancellationToken));
        await SeedTouyingAsync(new DemoSteps(services, touying.Id, "touying", touying.Name, cancellationToken));
    }

    private sealed record Board(string Head, string HeadPost, string[] Members);

    private static readonly Board TaixiaBoard = new("王建国", "乡长", ["李春梅|副乡长", "赵志勇|副乡长", "孙丽华|人大主席", "周海波|武装部长"]);
    private static readonly Board TouyingBoard = new("马文斌", "镇长", ["杨晓东|副镇长", "马秀英|副镇长", "海志刚|纪委书记", "田建军|人武部长"]);

    private const string AllSteps = "公众参与、专家论证、风险评估、合法性审查、集体讨论决定";

    private static async Task SeedTaixiaAsync(DemoSteps s)
    {
        var items = new[]
        {
            ("太霞乡集镇农贸市场迁建", DecisionCategory.PublicConstruction, "乡村建设发展中心", true, new DateOnly(2026, 4, 30)),
            ("太霞乡农村人居环境整治村规民约指导意见", DecisionCategory.PublicPolicy, "乡社会事务办", false, new DateOnly(2026, 3, 31)),
            ("太霞乡乡村旅游发展规划（2026—2030年）", DecisionCategory.DevelopmentPlan, "乡经济发展办", false, new DateOnly(2026, 12, 31)),
        };
        foreach (var (title, category, owner, hearing, planned) in items)
        {
            await s.AddCatalogItemAsync(new AddCatalogItemRequest(title, category, owner, AllSteps, planned, hearing, null, new DateOnly(2026, 1, 20)));
        }

        await s.ApproveCatalogAsync(new ApproveCatalogRequest("乡党委会议2026年第2次", new DateOnly(2026, 2, 10)));
        await s.AddCatalogItemAsync(new AddCatalogItemRequest("太霞乡2027年度民生实事项目安排", DecisionCategory.OtherMajorMatter, "乡党政办",
            "公众参与、合法性审查、集体讨论决定", new DateOnly(2026, 12, 31), false, "县政府要求各乡镇于年内确定下一年度民生实事项目", new DateOnly(2026, 10, 20)));
        var catalog = await s.CatalogItemsAsync();
        Guid Item(string title) => catalog.Single(i => i.Title == title).Id;

        // 1. Market relocation: hearing, high risk with a contingency plan, published, being implemented.
        var market = await s.InitiateAsync("太霞乡集镇农贸市场迁建", DecisionCategory.PublicConstruction, "乡村建设发展中心", "乡人大代表联名建议",
            "现集镇农贸市场占道经营严重，存在交通和消防安全隐患，群众多次通过信访和12345热线反映。", Item("太霞乡集镇农贸市场迁建"), new DateOnly(2026, 2, 20),
            "第一条 为改善集镇环境、消除安全隐患，将集镇农贸市场整体迁至太霞大道东侧新址。\n第二条 原市场摊位经营户按原面积优先选择新摊位，前六个月免收摊位费。\n第三条 迁建资金由乡财政统筹，分两年安排。");
        await s.CommentAsync(market, new DateOnly(2026, 3, 2), [(2, "建议新市场增设公共厕所和停车位。", true), (1, "搬迁时间应避开春耕农忙。", true), (null, "希望保留原址的早市。", false)],
            // Opinions that came in by phone and by petition, as the seeds report, recorded beside the portal's comments.
            [(OpinionChannel.Hotline12345, 1, "来电建议新市场周边增设公交站点。", true, "周建国"), (OpinionChannel.Petition, null, "新址附近居民来访反映担心早市噪声扰民。", false, "孙桂兰")]);
        await s.HearingAsync(market, "农贸市场迁建方案及摊位分配办法", "乡政府三楼会议室", new DateOnly(2026, 4, 10), new DateOnly(2026, 3, 30));
        await s.ExpertOpinionAsync(market, new AddExpertOpinionRequest("陈立新", "县住房和城乡建设局 高级工程师", "论证会", "新址选址符合集镇总体规划，建议完善排水和消防通道设计。", false,
            new DateOnly(2026, 4, 3), true, "已在方案中增加消防通道"));
        await s.ExpertOpinionAsync(market, new AddExpertOpinionRequest("刘芳", "市场监管所 所长", "书面咨询", "建议明确食品经营区与活禽区分区管理。", false, new DateOnly(2026, 4, 5), true, "已采纳"));
        await s.RiskAsync(market, new RecordRiskAssessmentRequest("乡综治中心", new DateOnly(2026, 4, 8),
        [
            new("社会稳定", "部分经营户对新摊位位置不满，可能聚集上访", 4, 5, "逐户走访，公开抽签分配摊位"),
            new("公共安全", "搬迁期间临时摊点占道引发交通事故", 3, 4, "搬迁期间设置临时交通管制"),
            new("财政", "建设成本超出预算", 2, 3, "分期建设，严格工程变更审批"),
        ], RiskLevel.High, "分批搬迁、摊位公开抽签、搬迁期交通管制", "成立以乡长为组长的应急处置小组；出现群体性聚集时由包村干部和派出所30分钟内到场疏导，必要时暂停搬迁并召开协商会。"));
        await s.ReviewAsync(market, new DateOnly(2026, 4, 13));
        await s.MeetAsync(market, TaixiaBoard, new DateOnly(2026, 4, 28), dissent: true);
        await s.PublishAsync(market, new PublishDecisionRequest("太政发〔2026〕5号", "太霞乡人民政府关于集镇农贸市场迁建的决定（全文见附件）",
            "共收到公众意见3条，采纳2条；听证会意见5条，采纳4条；专家意见2条，全部采纳。", new DateOnly(2026, 5, 8)));
        await s.MilestoneAsync(market, "完成新市场主体工程建设", "乡村建设发展中心", new DateOnly(2026, 9, 30), done: (new DateOnly(2026, 9, 26), "主体工程于9月26日通过验收。"));
        await s.MilestoneAsync(market, "经营户全部迁入新市场", "乡村建设发展中心", new DateOnly(2026, 12, 15), done: null);
        await s.AudioAsync(market);

        // 2. Village rules guidance: decided, published, evaluated, archive closed.
        var rules = await s.InitiateAsync("太霞乡农村人居环境整治村规民约指导意见", DecisionCategory.PublicPolicy, "乡社会事务办", "乡党委",
            "各村村规民约中人居环境条款不统一，需要统一指导。", Item("太霞乡农村人居环境整治村规民约指导意见"), new DateOnly(2026, 1, 12),
            "第一条 各村应当在村规民约中明确房前屋后卫生责任。\n第二条 村民理事会每月开展一次卫生评比。");
        await s.CommentAsync(rules, new DateOnly(2026, 1, 20), [(1, "建议把评比结果与村集体分红挂钩。", false), (2, "评比应当由村民代表参加。", true)]);
        await s.RiskAsync(rules, new RecordRiskAssessmentRequest("乡司法所", new DateOnly(2026, 2, 24), [new("法律", "村规民约条款可能侵害村民合法权益", 2, 3, "由法律顾问逐村审核")],
            RiskLevel.Low, "法律顾问逐村审核村规民约", null));
        await s.ReviewAsync(rules, new DateOnly(2026, 2, 25));
        await s.MeetAsync(rules, TaixiaBoard, new DateOnly(2026, 3, 10), dissent: false);
        await s.PublishAsync(rules, new PublishDecisionRequest("太政发〔2026〕3号", "太霞乡人民政府关于农村人居环境整治村规民约的指导意见",
            "采纳公众意见1条；不予采纳1条，理由：集体分红由村民会议依法决定。", new DateOnly(2026, 3, 16)));
        await s.EvaluationAsync(rules, new PlanEvaluationRequest("决策机关认为有必要", "县委党校课题组", new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31)),
            (new DateOnly(2026, 10, 20), EvaluationConclusion.Continue, "7个村全部修订村规民约，群众满意率96%，建议继续实施。"));
        await s.AudioAsync(rules);
        await s.CloseArchiveAsync(rules, new DateOnly(2026, 10, 30));

        // 3. Next year's public-service projects: in public comment now (the 30-day period is on the board).
        var projects = await s.InitiateAsync("太霞乡2027年度民生实事项目安排", DecisionCategory.OtherMajorMatter, "乡党政办", "乡党委",
            "通过12345热线、信访和公众号收集的群众诉求，拟定2027年度民生实事项目。", Item("太霞乡2027年度民生实事项目安排"), new DateOnly(2026, 10, 28),
            "第一条 实施太霞河沿岸路灯亮化工程。\n第二条 新建两处村级养老服务站。\n第三条 改造集镇供水管网。");
        await s.OpenCommentAsync(projects, new DateOnly(2026, 11, 2));

        // 4. Tourism plan: in legality review (7 working days on the board).
        var tourism = await s.InitiateAsync("太霞乡乡村旅游发展规划（2026—2030年）", DecisionCategory.DevelopmentPlan, "乡经济发展办", "乡长办公会议",
            "依托亲水资源发展乡村旅游。", Item("太霞乡乡村旅游发展规划（2026—2030年）"), new DateOnly(2026, 8, 3),
            "第一条 打造“亲水太霞”乡村旅游品牌。\n第二条 建设太霞河滨水步道。");
        await s.CommentAsync(tourism, new DateOnly(2026, 8, 10), [(2, "步道建设应保护河道生态。", true)]);
        await s.ExpertOpinionAsync(tourism, new AddExpertOpinionRequest("黄卫东", "市文化旅游局 规划科科长", "论证会", "规划定位清晰，建议分期实施。", false, new DateOnly(2026, 10, 9), true, null));
        await s.RiskAsync(tourism, new RecordRiskAssessmentRequest("乡综治中心", new DateOnly(2026, 11, 5), [new("生态环境", "游客增加造成河道污染", 3, 3, "设置垃圾收集点和环保标识")],
            RiskLevel.Medium, "分期开发、环境容量控制", null));
        await s.SubmitForReviewAsync(tourism, new DateOnly(2026, 11, 18));

        await s.MatterAsync(CollectiveMatterCategory.LargeFunds, "太霞河堤防水毁修复资金安排", 860000m, new DateOnly(2026, 6, 22), TaixiaBoard);
        await s.MatterAsync(CollectiveMatterCategory.KeyAppointment, "乡村建设发展中心主任人选", null, new DateOnly(2026, 7, 15), TaixiaBoard);
        await s.MatterAsync(CollectiveMatterCategory.MajorProject, "太霞小学运动场改造项目", 1200000m, new DateOnly(2026, 9, 8), TaixiaBoard);
    }

    private static async Task SeedTouyingAsync(DemoSteps s)
    {
        await s.AddCatalogItemAsync(new AddCatalogItemRequest("头营镇集中供热管网改造工程", DecisionCategory.PublicConstruction, "镇村镇建设服务中心",
            "公众参与、听证、专家论证、风险评估、合法性审查、集体讨论决定", new DateOnly(2026, 6, 30), true, null, new DateOnly(2026, 1, 15)));
        await s.AddCatalogItemAsync(new AddCatalogItemRequest("头营镇肉牛养殖小区布局规划", DecisionCategory.DevelopmentPlan, "镇农业农村服务中心",
            "公众参与、风险评估、合法性审查、集体讨论决定", new DateOnly(2026, 9, 30), false, null, new DateOnly(2026, 1, 15)));
        await s.AddCatalogItemAsync(new AddCatalogItemRequest("头营镇农村集体经营性建设用地入市方案", DecisionCategory.NaturalResources, "镇自然资源所",
            "公众参与、听证、风险评估、合法性审查、集体讨论决定", new DateOnly(2026, 12, 31), true, null, new DateOnly(2026, 1, 15)));
        await s.ApproveCatalogAsync(new ApproveCatalogRequest("镇党委会议2026年第3次", new DateOnly(2026, 2, 6)));
        var catalog = await s.CatalogItemsAsync();
        Guid Item(string title) => catalog.Single(i => i.Title == title).Id;

        var heating = await s.InitiateAsync("头营镇集中供热管网改造工程", DecisionCategory.PublicConstruction, "镇村镇建设服务中心", "镇人大代表建议",
            "镇区供热管网建于2008年，老化漏损严重，冬季居民室温不达标。", Item("头营镇集中供热管网改造工程"), new DateOnly(2026, 3, 2),
            "第一条 对镇区12公里供热主管网进行改造。\n第二条 改造期间采取临时供热措施。\n第三条 供热价格维持现行标准不变。");
        await s.CommentAsync(heating, new DateOnly(2026, 3, 16), [(3, "希望明确改造后三年内不涨价。", true), (2, "临时供热应覆盖学校和卫生院。", true)]);
        await s.HearingAsync(heating, "供热管网改造方案及施工期临时供热安排", "镇政府会议室", new DateOnly(2026, 4, 24), new DateOnly(2026, 4, 14));
        await s.ExpertOpinionAsync(heating, new AddExpertOpinionRequest("马俊", "原州区热力公司 高级工程师", "论证会", "管径选择合理，建议采用预制直埋保温管。", false, new DateOnly(2026, 4, 20), true, "已采纳"));
        await s.RiskAsync(heating, new RecordRiskAssessmentRequest("镇综治中心", new DateOnly(2026, 4, 28),
        [
            new("公共安全", "施工期间遇寒潮导致居民停暖", 3, 5, "施工安排在非采暖期，备用锅炉待命"),
            new("社会稳定", "道路开挖影响商户经营引发不满", 4, 4, "分段施工，每段不超过15天"),
        ], RiskLevel.High, "非采暖期分段施工、备用锅炉待命", "启动供热保障应急预案：备用锅炉4小时内投入运行，学校和卫生院优先恢复供热，镇长为第一责任人。"));
        await s.ReviewAsync(heating, new DateOnly(2026, 5, 6));
        await s.MeetAsync(heating, TouyingBoard, new DateOnly(2026, 5, 20), dissent: false);
        await s.PublishAsync(heating, new PublishDecisionRequest("头政发〔2026〕12号", "头营镇人民政府关于实施集中供热管网改造工程的决定", "采纳公众意见2条，听证意见3条，专家意见1条。",
            new DateOnly(2026, 5, 28)));
        await s.MilestoneAsync(heating, "完成主管网改造", "镇村镇建设服务中心", new DateOnly(2026, 9, 30), done: (new DateOnly(2026, 9, 28), "9月28日完成并试压合格。"));
        await s.EvaluationAsync(heating, new PlanEvaluationRequest("首个采暖季后评估实施效果", "区发展改革局评估中心", new DateOnly(2026, 11, 16), new DateOnly(2027, 4, 30)), completed: null);

        // Postponed at the meeting: waits for a new meeting.
        var cattle = await s.InitiateAsync("头营镇肉牛养殖小区布局规划", DecisionCategory.DevelopmentPlan, "镇农业农村服务中心", "镇党委",
            "发展肉牛产业，规范散养。", Item("头营镇肉牛养殖小区布局规划"), new DateOnly(2026, 5, 11),
            "第一条 在镇北规划三处肉牛养殖小区。\n第二条 养殖小区距村庄不少于500米。");
        await s.CommentAsync(cattle, new DateOnly(2026, 5, 18), [(2, "距离应不少于800米。", false)]);
        await s.RiskAsync(cattle, new RecordRiskAssessmentRequest("镇综治中心", new DateOnly(2026, 6, 25), [new("生态环境", "粪污处理不当污染水源", 3, 4, "配套粪污处理设施")],
            RiskLevel.Medium, "配套粪污资源化利用设施", null));
        await s.ReviewAsync(cattle, new DateOnly(2026, 7, 1));
        await s.DecideAsync(cattle, new MeetingRecordRequest("镇政府常务会议", new DateOnly(2026, 7, 16), TouyingBoard.Head, "镇政府班子成员", null,
            "会议认为选址涉及基本农田调整，待区自然资源局意见后再议。", MeetingOutcome.Postpone, null, Views(TouyingBoard, false, "同意暂缓，待区自然资源局出具意见。")));

        // Land market entry: in public comment, hearing planned for December (hearing-notice deadline on the board).
        var land = await s.InitiateAsync("头营镇农村集体经营性建设用地入市方案", DecisionCategory.NaturalResources, "镇自然资源所", "镇党委",
            "盘活闲置集体经营性建设用地。", Item("头营镇农村集体经营性建设用地入市方案"), new DateOnly(2026, 11, 5),
            "第一条 入市地块须符合国土空间规划。\n第二条 入市收益按比例分配给集体经济组织成员。");
        await s.OpenCommentAsync(land, new DateOnly(2026, 11, 9));
        await s.ScheduleHearingAsync(land, new ScheduleHearingRequest("入市收益分配办法", "镇政府会议室", new DateOnly(2026, 12, 10), "各村推荐与公开报名相结合",
            "村民代表12名、集体经济组织代表3名", null), new DateOnly(2026, 11, 9));

        await s.MatterAsync(CollectiveMatterCategory.LargeFunds, "冬春农田水利建设资金安排", 540000m, new DateOnly(2026, 3, 20), TouyingBoard);
        await s.MatterAsync(CollectiveMatterCategory.MajorMatter, "头营镇防汛应急预案修订", null, new DateOnly(2026, 5, 8), TouyingBoard);
    }

    /// <summary>The views in speaking order: the members, one of whom (with <paramref name="dissent"/>) disagrees, then the head.</summary>
    private static List<MemberViewRequest> Views(Board board, bool dissent, string headView)
    {
        var views = board.Members.Select((m, i) => new MemberViewRequest(
            m.Split('|')[0],
            m.Split('|')[1],
            false,
            dissent && i == 2 ? MemberPosition.Disagree : i == 1 ? MemberPosition.AgreeWithChanges : MemberPosition.Agree,
            dissent && i == 2 ? "新址距离居民区较远，建议暂缓。" : i == 1 ? "同意，建议加强过渡期安排。" : "同意。")).ToList();
        views.Add(new MemberViewRequest(board.Head, board.HeadPost, true, MemberPosition.Agree, headView));
        return views;
    }

    /// <summary>
    /// The steps of one township's demo year, each run through its handler on a handler built on the day the step
    /// happened (<see cref="SeedClock"/>), as that township's legal clerk or legal advisor.
    /// </summary>
    private sealed class DemoSteps(IServiceProvider services, Guid townshipId, string key, string townshipName, CancellationToken ct)
    {
        private readonly SeedClock _clock = new();

        private Actor Clerk { get; } = Actor.For($"{key}.clerk", $"{townshipName}法制员", townshipId, Roles.LegalClerk);

        private Actor Advisor { get; } = Actor.For($"{key}.advisor", $"{townshipName}法律顾问", townshipId, Roles.LegalAdvisor);

        /// <summary>The step's handler on the seed clock set to <paramref name="day"/>; a handler that reads no clock is taken as registered.</summary>
        private T On<T>(DateOnly day) where T : notnull =>
            typeof(T).GetConstructors().Single().GetParameters().Any(p => p.ParameterType == typeof(TimeProvider))
                ? _clock.Set(day).Create<T>(services)
                : services.GetRequiredService<T>();

        public Task<CatalogItem> AddCatalogItemAsync(AddCatalogItemRequest request) =>
            On<AddCatalogItemHandler>(request.AddedOn!.Value).HandleAsync(Clerk, 2026, request, ct);

        public Task<DecisionCatalog?> ApproveCatalogAsync(ApproveCatalogRequest request) =>
            On<ApproveCatalogHandler>(request.On!.Value).HandleAsync(Clerk, 2026, request, ct);

        public async Task<IReadOnlyList<CatalogItem>> CatalogItemsAsync() =>
            (await services.GetRequiredService<CatalogQueries>().FindAsync(townshipId, 2026, ct))!.Items;

        public Task<MajorDecision> InitiateAsync(string title, DecisionCategory category, string owner, string proposer, string background, Guid? item, DateOnly on, string draft) =>
            On<InitiateDecisionHandler>(on).HandleAsync(Clerk, new InitiateDecisionRequest(title, category, owner, proposer, background, draft, "依据《重大行政决策程序暂行条例》拟定。",
                [new("方案一", "按草案实施", true), new("方案二", "分两年分步实施", false)], item, on), ct);

        public async Task OpenCommentAsync(MajorDecision d, DateOnly on) =>
            await On<OpenPublicCommentHandler>(on).HandleAsync(Clerk, d.Id, new OpenPublicCommentRequest(null, null), ct);

        /// <summary>Public comment with the opinions received, each submitted, answered and summarised on its own day.</summary>
        public async Task CommentAsync(MajorDecision d, DateOnly opensOn, (int? Article, string Text, bool Adopted)[] comments,
            (OpinionChannel Channel, int? Article, string Text, bool Adopted, string Name)[]? otherChannels = null)
        {
            await OpenCommentAsync(d, opensOn);
            var db = services.GetRequiredService<FazhiDbContext>();
            var ids = new List<(Guid Id, bool Adopted)>();
            var n = 0;
            foreach (var (article, text, adopted) in comments)
            {
                var id = await _clock.Set(opensOn.AddDays(3 + n)).Create<IConsultations>(services).AddCommentAsync(d.ConsultationId!.Value, article, text, n % 2 == 0 ? "群众" + (n + 1) : null,
                    n % 2 == 0 ? "1389510" + (1000 + n) : null, opensOn.AddDays(3 + n), ct);
                ids.Add((id!.Id, adopted));
                n++;
            }

            foreach (var (channel, article, text, adopted, name) in otherChannels ?? [])
            {
                var id = await _clock.Set(opensOn.AddDays(5 + n)).Create<IConsultations>(services).RecordOpinionAsync(d.ConsultationId!.Value,
                    new OtherChannelOpinion(channel, opensOn.AddDays(5 + n), article, text, name, "1390876" + (1000 + n)), opensOn.AddDays(5 + n), Clerk, ct);
                ids.Add((id!.Value, adopted));
                n++;
            }

            await db.SaveChangesAsync(ct);
            var answering = _clock.Set(d.CommentClosesOn!.Value).Create<IConsultations>(services);
            foreach (var (id, adopted) in ids)
            {
                await answering.DecideAsync(id, adopted ? CommentDecision.Adopted : CommentDecision.NotAdopted, adopted ? "意见合理，已在草案中体现。" : "与上位法规定不一致或不具备实施条件。", Clerk, ct);
            }

            await db.SaveChangesAsync(ct);
            await _clock.Set(d.CommentClosesOn!.Value.AddDays(1)).Create<IConsultations>(services).PublishSummaryAsync(d.ConsultationId!.Value, d.CommentClosesOn!.Value.AddDays(1), Clerk, ct);
            await db.SaveChangesAsync(ct);
        }

        public async Task<Guid> ScheduleHearingAsync(MajorDecision d, ScheduleHearingRequest request, DateOnly on)
        {
            await On<ScheduleHearingHandler>(on).HandleAsync(Clerk, d.Id, request, ct);
            return d.Hearings.Single(h => h.Subject == request.Subject).Id;
        }

        /// <summary>A hearing scheduled, its materials served on <paramref name="noticedOn"/>, and its signed record on the day it was held.</summary>
        public async Task HearingAsync(MajorDecision d, string subject, string place, DateOnly heldOn, DateOnly noticedOn)
        {
            var hearing = await ScheduleHearingAsync(d, new ScheduleHearingRequest(subject, place, heldOn, "经营户、村民代表自愿报名，按比例随机抽取", "利害关系人代表8名、人大代表2名、政协委员1名", null),
                noticedOn.AddDays(-3));
            await On<NoticeHearingHandler>(noticedOn).HandleAsync(Clerk, d.Id, hearing, new NoticeHearingRequest(noticedOn), ct);
            await On<RecordHearingHandler>(heldOn).HandleAsync(Clerk, d.Id, hearing, new RecordHearingRequest(
                "承办单位说明方案；听证参加人发言9人次，提出意见5条，主要涉及摊位分配、过渡期安排和费用减免。听证参加人已逐页确认签字。", true, heldOn), ct);
        }

        public async Task ExpertOpinionAsync(MajorDecision d, AddExpertOpinionRequest request) =>
            await On<AddExpertOpinionHandler>(request.On!.Value).HandleAsync(Clerk, d.Id, request, ct);

        public async Task RiskAsync(MajorDecision d, RecordRiskAssessmentRequest request) =>
            await On<RecordRiskAssessmentHandler>(request.On!.Value).HandleAsync(Clerk, d.Id, request, ct);

        public async Task SubmitForReviewAsync(MajorDecision d, DateOnly requestedOn) =>
            await On<SubmitForLegalityReviewHandler>(requestedOn).HandleAsync(Clerk, d.Id, new SubmitForLegalityReviewRequest(requestedOn, null), ct);

        /// <summary>Sent for legality review, and the advisor's opinion (合法) the day before it is due.</summary>
        public async Task ReviewAsync(MajorDecision d, DateOnly requestedOn)
        {
            await SubmitForReviewAsync(d, requestedOn);
            var reviewedOn = d.LegalityReviewReplyBy!.Value.AddDays(-1);
            await On<GiveLegalityReviewOpinionHandler>(reviewedOn).HandleAsync(Advisor, d.Id, new GiveLegalityReviewOpinionRequest("法律顾问（律师）", LegalityReviewOpinion.Passed,
                "决策事项属于本级政府职权范围，已履行公众参与、专家论证、风险评估程序，内容符合法律法规和国家政策，同意提交集体讨论。", reviewedOn), ct);
        }

        public async Task DecideAsync(MajorDecision d, MeetingRecordRequest meeting) =>
            await On<RecordCollectiveDeliberationHandler>(meeting.HeldOn!.Value).HandleAsync(Clerk, d.Id, meeting, ct);

        public Task MeetAsync(MajorDecision d, Board board, DateOnly on, bool dissent) =>
            DecideAsync(d, new MeetingRecordRequest(board.HeadPost == "乡长" ? "乡政府常务会议" : "镇政府常务会议", on, board.Head, "政府班子成员，司法所所长、法律顾问列席", null,
                $"会议听取{d.Owner}关于《{d.Title}》的汇报，审议了公众意见采纳情况、专家论证意见、风险评估报告和合法性审查意见，经充分讨论，同意通过。",
                MeetingOutcome.Adopt, null, Views(board, dissent, "综合大家意见，同意通过，由承办单位抓好落实。")));

        public async Task PublishAsync(MajorDecision d, PublishDecisionRequest request) =>
            await On<PublishDecisionHandler>(request.On!.Value).HandleAsync(Clerk, d.Id, request, ct);

        /// <summary>A milestone set on the day of publication, and its completion if it is done.</summary>
        public async Task MilestoneAsync(MajorDecision d, string title, string executor, DateOnly dueOn, (DateOnly On, string Note)? done)
        {
            await On<AddMilestoneHandler>(d.PublishedOn!.Value).HandleAsync(Clerk, d.Id, new AddMilestoneRequest(title, executor, dueOn), ct);
            if (done is { } completion)
            {
                var milestone = d.Milestones.Single(m => m.Title == title).Id;
                await On<CompleteMilestoneHandler>(completion.On).HandleAsync(Clerk, d.Id, milestone, new CompleteMilestoneRequest(completion.Note, completion.On), ct);
            }
        }

        public async Task EvaluationAsync(MajorDecision d, PlanEvaluationRequest plan, (DateOnly On, EvaluationConclusion Conclusion, string Report)? completed)
        {
            await On<PlanEvaluationHandler>(plan.StartedOn!.Value).HandleAsync(Clerk, d.Id, plan, ct);
            if (completed is { } report)
            {
                var evaluation = d.Evaluations.Single(e => e.Evaluator == plan.Evaluator).Id;
                await On<CompleteEvaluationHandler>(report.On).HandleAsync(Clerk, d.Id, evaluation, new CompleteEvaluationRequest(report.Conclusion, report.Report, report.On), ct);
            }
        }

        /// <summary>Demo data has no real recording: an ID3-tagged file naming the meeting stands in, so the archive holds an audio item.</summary>
        public async Task AudioAsync(MajorDecision d)
        {
            using var audio = new MemoryStream([.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes($"会议录音 {d.Title} {d.DecidedOn:yyyy-MM-dd}")]);
            await On<AttachArchiveFileHandler>(d.DecidedOn!.Value).HandleAsync(Clerk, d.Id, new AttachArchiveFileRequest("会议录音"), $"{d.Title}-集体讨论录音.mp3", audio, ct);
        }

        public async Task CloseArchiveAsync(MajorDecision d, DateOnly on) => await On<CloseArchiveHandler>(on).HandleAsync(Clerk, d.Id, ct);

        /// <summary>A 三重一大 matter registered a week before the meeting that adopted it.</summary>
        public async Task MatterAsync(CollectiveMatterCategory category, string topic, decimal? amount, DateOnly on, Board board)
        {
            var registeredOn = on.AddDays(-7);
            var matter = await On<RegisterCollectiveMatterHandler>(registeredOn).HandleAsync(Clerk,
                new RegisterCollectiveMatterRequest(category, topic, board.Members[0].Split('|')[0], $"提请集体研究：{topic}。", amount, registeredOn), ct);
            await On<RecordMatterDeliberationHandler>(on).HandleAsync(Clerk, matter.Id, new MeetingRecordRequest("党政班子联席会议", on, board.Head, "党政班子成员", null,
                $"会议研究了{topic}，同意按提请方案执行。", MeetingOutcome.Adopt, null, Views(board, false, "同意。")), ct);
        }
    }
}
