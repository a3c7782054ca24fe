using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Documents.Cleanup;
using Fazhi.Modules.Documents.Deliberation;
using Fazhi.Modules.Documents.Drafting;
using Fazhi.Modules.Documents.Evaluation;
using Fazhi.Modules.Documents.Filing;
using Fazhi.Modules.Documents.FilingReview;
using Fazhi.Modules.Documents.LegalityReview;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Documents.PublicComment;
using Fazhi.Modules.Documents.Publication;
using Fazhi.Modules.Documents.Registration;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Documents.Demo;

/// <summary>
/// Normative documents of 太霞乡 (its 2022 report: 起草、审核、集体审议、公开发布, 5个工作日内公示, 合法审查率、备案率和
/// 统一发布率100%, 定期清理, 实施效果评估)
/// and 小江镇, in every stage over 2021–2026. Each step runs through the same handlers as the pages and the API, on a
/// clock set to the day the step happened, so deadlines, numbers and history are what the procedure would have made.
/// </summary>
internal sealed class DocumentsDemoSeeder : IStartupSeeder
{
    public int Order => 310;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var clock = new SeedClock();
        var steps = new Steps(services, clock, cancellationToken);
        await SeedTaixiaAsync(steps);
        await SeedXiaojiangAsync(steps);
    }

    private static async Task SeedTaixiaAsync(Steps s)
    {
        var t = await s.TownshipAsync("990100102000", "taixia");

        // 2021: issued, filed and accepted; repealed in the 2025 cleanup (stays on the portal marked 失效).
        var market = await s.IssuedAsync(t, new DateOnly(2021, 5, 10), "太霞乡集镇农贸市场管理暂行办法", MarketBody, DocumentTouches.None, effectiveFrom: new DateOnly(2021, 7, 1));
        await s.FileAsync(t, market, new DateOnly(2021, 5, 31), accept: true, new DateOnly(2021, 6, 15), "制定主体、程序合法，内容未设定行政处罚、许可、收费，准予备案。");

        // 2022, as the town's 2022 report states: each document reviewed for legality by the advisor, deliberated,
        // published two working days after signing (within the 5 working days it names), filed with the county and
        // accepted — 合法审查率、备案率和统一发布率100%.
        var cemetery = await s.IssuedAsync(t, new DateOnly(2022, 3, 7), "太霞乡农村公益性公墓管理办法", CemeteryBody, DocumentTouches.None, effectiveFrom: new DateOnly(2022, 4, 1));
        await s.FileAsync(t, cemetery, new DateOnly(2022, 3, 28), accept: true, new DateOnly(2022, 4, 12), "制定主体、程序合法，内容未设定行政许可、处罚、收费，准予备案。");
        var assets = await s.IssuedAsync(t, new DateOnly(2022, 8, 8), "太霞乡村级“三资”监督管理办法", AssetsBody, DocumentTouches.None, effectiveFrom: new DateOnly(2022, 9, 1));
        await s.FileAsync(t, assets, new DateOnly(2022, 8, 29), accept: true, new DateOnly(2022, 9, 13), "符合《四川省行政规范性文件管理办法》，准予备案。");

        // 2025: issued, filed, accepted and evaluated a year later.
        var service = await s.IssuedAsync(t, new DateOnly(2025, 3, 3), "太霞乡便民服务中心服务规范", ServiceBody, DocumentTouches.None, effectiveFrom: new DateOnly(2025, 4, 1),
            annex: ("附件：便民服务中心延时服务事项清单", "便民服务中心延时服务事项清单.docx", DemoAnnex.Docx("太霞乡便民服务中心延时服务事项清单",
                ["一、社会保障卡申领、补换", "二、城乡居民养老保险参保登记", "三、城乡居民医疗保险参保缴费", "四、农村建房申请材料受理", "五、婚育登记咨询",
                 "延时服务时间：工作日12:00—14:00、18:00—19:00；预约电话见服务中心公示栏。"])));
        await s.FileAsync(t, service, new DateOnly(2025, 3, 24), accept: true, new DateOnly(2025, 4, 10), "符合《四川省行政规范性文件管理办法》，准予备案。");
        await s.Run(new DateOnly(2026, 3, 20), sp => sp.Get<EvaluationHandler>().RecordAsync(service, new EvaluationRequest(new DateOnly(2026, 3, 20), "太霞乡司法所",
            "群众办事平均等候时间由25分钟降至12分钟，一次性告知和首问负责落实到位；延时服务使用较少。", "实施效果良好，继续实施。"), t.Clerk, s.Ct));

        // 2025 cleanup: the service rules and the 2022 documents continue, the 2021 market rules are repealed.
        var cleanup = await s.Run(new DateOnly(2025, 11, 17), sp => sp.Get<CleanupHandler>().StartAsync(t.Id, new StartCleanupRequest("2025年度规范性文件集中清理", "定期清理；《农产品质量安全法》修订后对集贸市场管理作出新规定。"), t.Clerk, s.Ct));
        await s.Run(new DateOnly(2025, 11, 24), sp => sp.Get<CleanupHandler>().DecideAsync(cleanup.Id, new CleanupDecisionRequest(service, CleanupOutcome.Continue, "内容符合现行规定，实施效果良好。"), t.Clerk, s.Ct));
        await s.Run(new DateOnly(2025, 11, 24), sp => sp.Get<CleanupHandler>().DecideAsync(cleanup.Id, new CleanupDecisionRequest(market, CleanupOutcome.Repeal, "上位法已修订，集镇市场已移交县市场监管部门统一管理。"), t.Clerk, s.Ct));
        await s.Run(new DateOnly(2025, 11, 24), sp => sp.Get<CleanupHandler>().DecideAsync(cleanup.Id, new CleanupDecisionRequest(cemetery, CleanupOutcome.Continue, "符合《殡葬管理条例》，有效期内继续实施。"), t.Clerk, s.Ct));
        await s.Run(new DateOnly(2025, 11, 24), sp => sp.Get<CleanupHandler>().DecideAsync(cleanup.Id, new CleanupDecisionRequest(assets, CleanupOutcome.Continue, "“三资”监管系统运行良好，继续有效。"), t.Clerk, s.Ct));
        await s.Run(new DateOnly(2025, 12, 1), sp => sp.Get<CleanupHandler>().PublishAsync(cleanup.Id, t.Clerk, s.Ct));

        // 2026: in public comment, with comments from the portal.
        var habitat = await s.Run(new DateOnly(2026, 11, 16), sp => sp.Get<DraftingHandler>().CreateAsync(t.Id,
            new DraftRequest("太霞乡农村人居环境整治管理办法", HabitatBody, "落实农村人居环境整治提升五年行动，规范村庄保洁与门前三包。", Obligations: true), t.Clerk, s.Ct));
        var consultation = await s.Run(new DateOnly(2026, 11, 17), sp => sp.Get<PublicCommentHandler>().OpenAsync(habitat.Id, t.Clerk, s.Ct));
        await s.CommentAsync(consultation!.Id, new DateOnly(2026, 11, 18), 3, "建议明确“门前三包”的范围以房屋前5米为宜，便于村民理解执行。", "王建国", "13981700001");
        await s.CommentAsync(consultation.Id, new DateOnly(2026, 11, 19), null, "建议增加对保洁员的工资保障条款。", null, "太霞村村民");

        // 2026: awaiting the legal advisor's opinion (a deadline on the 待办与预警 board).
        var building = await s.Run(new DateOnly(2026, 11, 9), sp => sp.Get<DraftingHandler>().CreateAsync(t.Id,
            new DraftRequest("太霞乡农村村民建房管理办法", BuildingBody, "规范农村村民建房审批和监管。", Licensing: true, Penalty: true), t.Clerk, s.Ct));
        await s.Run(new DateOnly(2026, 11, 16), async sp => (await sp.Get<LegalityReviewHandler>().AssignAsync(building.Id,
            new AssignReviewRequest(ReviewerKind.LegalAdvisor, t.AdvisorUserName, null, 7), t.Clerk, s.Ct)).Review);
    }

    private static async Task SeedXiaojiangAsync(Steps s)
    {
        var x = await s.TownshipAsync("990100101000", "xiaojiang");
        var market = await s.IssuedAsync(x, new DateOnly(2026, 3, 2), "小江镇农贸市场管理办法", MarketBody.Replace("太霞乡", "小江镇", StringComparison.Ordinal), DocumentTouches.None, effectiveFrom: new DateOnly(2026, 4, 1));
        await s.FileAsync(x, market, new DateOnly(2026, 3, 23), accept: true, new DateOnly(2026, 4, 8), "制定程序合法，内容适当，准予备案。");

        // Corrected by the county: the text set a fine, which a normative document may not (行政处罚法 第16条).
        var ads = await s.IssuedAsync(x, new DateOnly(2026, 6, 1), "小江镇户外广告设置管理办法", AdsBody, DocumentTouches.MarketActors, effectiveFrom: new DateOnly(2026, 8, 1), comment: true);
        await s.FileAsync(x, ads, new DateOnly(2026, 7, 27), accept: false, new DateOnly(2026, 8, 14), "第五条设定罚款，超越规范性文件权限，违反《行政处罚法》第十六条，责令纠正。");
    }

    private const string MarketBody = """
        第一条 为加强太霞乡集镇农贸市场管理，维护市场秩序，保障群众生活需要，结合本乡实际，制定本办法。
        第二条 本办法适用于太霞乡集镇农贸市场内的经营活动和管理服务。
        第三条 乡人民政府负责统筹协调农贸市场管理，市场开办者负责日常管理，实行分区经营、定点摆放。
        第四条 经营者应当按照划定区域经营，保持摊位整洁，自觉维护市场环境卫生。
        第五条 本办法自发布之日起施行，有效期五年。
        """;

    private const string CemeteryBody = """
        第一条 为规范农村公益性公墓建设和管理，节约土地资源，推进殡葬改革，结合本乡实际，制定本办法。
        第二条 本办法适用于本乡行政区域内由村民委员会建设、为本村村民提供安葬服务的公益性公墓。
        第三条 公益性公墓由所在村民委员会负责日常管理，建立墓穴登记档案。
        第四条 公益性公墓不得对本村村民以外的人员出售墓穴，不得以营利为目的经营。
        第五条 本办法自2022年4月1日起施行，有效期五年。
        """;

    private const string AssetsBody = """
        第一条 为加强村级集体资金、资产、资源（“三资”）监督管理，保障村集体和村民的合法权益，制定本办法。
        第二条 各村“三资”收支、处置和经营情况纳入“三资”监管系统，实行一事一录入。
        第三条 村级重大事项按照“三议两公开一监督”程序决定，决议和实施结果在村务公开栏公开。
        第四条 村务监督委员会对“三资”管理情况进行监督，每季度向村民报告一次。
        第五条 本办法自2022年9月1日起施行。
        """;

    private const string ServiceBody = """
        第一条 为提升便民服务质量，落实“最多跑一次”要求，制定本规范。
        第二条 便民服务中心实行首问负责、一次性告知、限时办结和延时服务制度。
        第三条 工作人员应当佩戴工作证件，公开办事指南，对材料齐全的事项当场受理。
        第四条 群众对服务不满意的，可以通过评价器、意见箱或者12345热线反映，中心应当在5个工作日内答复。
        第五条 本规范自2025年4月1日起施行。
        """;

    private const string HabitatBody = """
        第一条 为改善农村人居环境，建设美丽宜居乡村，根据有关法律法规和政策规定，结合本乡实际，制定本办法。
        第二条 本办法适用于本乡行政区域内村庄公共区域和农户房前屋后的环境卫生管理。
        第三条 农户应当落实门前三包责任，负责房前屋后的卫生、绿化和秩序。
        第四条 各村应当配备保洁员，建立垃圾收集、转运、处理制度。
        第五条 乡人民政府每季度组织开展人居环境评比，评比结果在村务公开栏公布。
        """;

    private const string BuildingBody = """
        第一条 为规范农村村民住宅建设，节约集约利用土地，根据《中华人民共和国土地管理法》等规定，制定本办法。
        第二条 农村村民建房应当符合村庄规划，坚持一户一宅。
        第三条 村民申请建房的，应当经村民小组讨论、村委会审查后报乡人民政府审批许可。
        第四条 未经批准擅自建房的，由乡人民政府责令停止建设，并处一万元罚款。
        第五条 本办法自发布之日起施行。
        """;

    private const string AdsBody = """
        第一条 为规范小江镇集镇户外广告设置，美化市容环境，结合本镇实际，制定本办法。
        第二条 在集镇主要街道设置户外广告的，应当符合户外广告设置规划。
        第三条 户外广告设施应当安全牢固、整洁美观，设置人负责日常维护。
        第四条 设置期满的户外广告设施，设置人应当自行拆除。
        第五条 违反本办法擅自设置户外广告的，由镇人民政府责令限期拆除，并处二千元罚款。
        """;

    /// <summary>A township with the demo accounts that act in it.</summary>
    private sealed record DemoTownship(Guid Id, Actor Clerk, Actor Leader, Actor Deputy, Actor Advisor, string AdvisorUserName);

    /// <summary>The procedure step by step, each step in a fresh scope on the day it happened.</summary>
    private sealed class Steps(IServiceProvider root, SeedClock clock, CancellationToken ct)
    {
        private static readonly Actor County = Actor.For("county.reviewer", "示范县司法局备案审查科", null, Roles.CountyReviewer);

        public CancellationToken Ct => ct;

        public async Task<DemoTownship> TownshipAsync(string code, string key)
        {
            var db = root.GetRequiredService<FazhiDbContext>();
            var id = await db.Set<Township>().Where(t => t.DivisionCode == code).Select(t => t.Id).SingleAsync(ct);
            var names = await db.Users.Where(u => u.UserName!.StartsWith(key + ".")).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
            Actor Person(string account, string role) =>
                Actor.For($"{key}.{account}", names.GetValueOrDefault($"{key}.{account}", $"{key}.{account}"), id, role);
            // The 主要领导 (<township>.leader) and the 分管领导 (<township>.deputy) sign in that order's reverse (ADR 0027).
            return new DemoTownship(id, Person("clerk", Roles.LegalClerk), Person("leader", Roles.Leader), Person("deputy", Roles.Leader), Person("advisor", Roles.LegalAdvisor), $"{key}.advisor");
        }

        /// <summary>Runs one step with the clock at 09:00 Beijing time of <paramref name="day"/> and saves through the handler.</summary>
        public async Task<T> Run<T>(DateOnly day, Func<ScopedSteps, Task<T>> step)
        {
            clock.Set(day);
            await using var scope = root.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Platform.Tenancy.CurrentTenant>().Value = Platform.Tenancy.TenantContext.System;
            return await step(new ScopedSteps(scope.ServiceProvider, clock));
        }

        /// <summary>Draft → (public comment) → legality review → 合法 → deliberation → number → both signatures → publication.</summary>
        public async Task<Guid> IssuedAsync(DemoTownship t, DateOnly drafted, string title, string body, DocumentTouches touches, DateOnly effectiveFrom, bool comment = false,
            (string Purpose, string FileName, byte[] Content)? annex = null)
        {
            var request = new DraftRequest(title, body, "依据上位法起草，结合本地实际。",
                touches.HasFlag(DocumentTouches.Licensing), touches.HasFlag(DocumentTouches.Penalty), touches.HasFlag(DocumentTouches.Coercion),
                touches.HasFlag(DocumentTouches.Fees), touches.HasFlag(DocumentTouches.Obligations), touches.HasFlag(DocumentTouches.MarketActors));
            var id = (await Run(drafted, sp => sp.Get<DraftingHandler>().CreateAsync(t.Id, request, t.Clerk, ct))).Id;
            if (annex is { } a)
            {
                // Filed with the draft through the attachment store, as the document page's upload does; published with the document.
                await Run(drafted, async sp =>
                {
                    using var content = new MemoryStream(a.Content);
                    await sp.Get<AttachmentStore>().AddAsync(t.Id, DocumentAttachmentGuard.OwnerType, id, a.Purpose, a.FileName, content, ct);
                    return await sp.Db.SaveChangesAsync(ct);
                });
            }

            var day = drafted;
            if (comment)
            {
                var info = await Run(day = Next(day), sp => sp.Get<PublicCommentHandler>().OpenAsync(id, t.Clerk, ct));
                await Run(day = info!.ClosesOn.AddDays(1), async sp =>
                {
                    await sp.Get<IConsultations>().PublishSummaryAsync(info.Id, day, t.Clerk, ct);
                    await sp.Db.SaveChangesAsync(ct);
                    return true;
                });
                await Run(day, sp => sp.Get<PublicCommentHandler>().CompleteAsync(id, t.Clerk, ct));
            }

            await Run(day = Next(day), async sp => (await sp.Get<LegalityReviewHandler>().AssignAsync(id, new AssignReviewRequest(ReviewerKind.LegalAdvisor, t.AdvisorUserName, null, 7), t.Clerk, ct)).Review);
            await Run(day = Next(Next(day)), sp => sp.Get<LegalityReviewHandler>().GiveOpinionAsync(id,
                new OpinionRequest(ReviewOpinion.Lawful, "制定主体适格，权限、程序合法，内容未违法设定行政许可、处罚、强制、收费，未增加公民义务。"), t.Advisor, null, null, ct));
            await Run(day = Next(Next(day)), sp => sp.Get<DeliberationHandler>().RecordAsync(id,
                new DeliberationRequest(day, "党委书记、乡（镇）长、分管副职、党政办主任、司法所所长", DeliberationDecision.Approved, "无", "会议审议认为文件符合上位法规定，同意印发。"), t.Clerk, null, null, ct));
            await Run(day = Next(day), sp => sp.Get<RegistrationHandler>().RegisterAsync(id, t.Clerk, ct));
            await Run(day, sp => sp.Get<RegistrationHandler>().SignAsync(id, SignerRole.LeaderInCharge, t.Deputy, ct));
            await Run(day, sp => sp.Get<RegistrationHandler>().SignAsync(id, SignerRole.PrincipalLeader, t.Leader, ct));
            var signed = day;
            await Run(Next(Next(day)), sp => sp.Get<PublicationHandler>().PublishAsync(id, new PublishRequest(null, signed, effectiveFrom, "主动公开"), t.Clerk, ct));
            return id;
        }

        public async Task FileAsync(DemoTownship t, Guid id, DateOnly filedOn, bool accept, DateOnly decidedOn, string reasons)
        {
            var filing = await Run(filedOn, sp => sp.Get<FilingHandler>().SubmitAsync(id, t.Clerk, ct));
            await Run(decidedOn, sp => sp.Get<FilingReviewHandler>().DecideAsync(filing!.Id, new FilingDecisionRequest(accept, reasons), County, ct));
        }

        public Task<bool> CommentAsync(Guid consultationId, DateOnly day, int? article, string content, string? name, string? contact) =>
            Run(day, async sp =>
            {
                await sp.Get<IConsultations>().AddCommentAsync(consultationId, article, content, name, contact, day, ct);
                await sp.Db.SaveChangesAsync(ct);
                return true;
            });

        /// <summary>The next Monday-to-Friday day (demo steps happen on weekdays).</summary>
        private static DateOnly Next(DateOnly day)
        {
            var next = day.AddDays(1);
            while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                next = next.AddDays(1);
            }

            return next;
        }
    }

    /// <summary>Handlers of one scope, built with the seed clock instead of the real one.</summary>
    private sealed class ScopedSteps(IServiceProvider services, SeedClock clock)
    {
        public FazhiDbContext Db => services.GetRequiredService<FazhiDbContext>();

        public T Get<T>()
            where T : notnull => clock.Create<T>(services);
    }
}
