using Fazhi.Modules.Ledgers.Contracts;
using Fazhi.Modules.Ledgers.DefineLedger;
using Fazhi.Modules.Ledgers.EnterEntry;
using Fazhi.Modules.Ledgers.Model;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Ledgers.Demo;

/// <summary>
/// The seeds' long-tail figures as configured ledgers, defined and filled through the module's handlers on the day
/// each entry was made, so the drafted reports state them from records:
/// 头营镇 2022 “春节、国庆等节前集体廉政谈话8次” and “组织镇级人大代表依法开展视察、调研、监督检查等活动8次”;
/// 太霞乡 2022 “在7个村全面推广三资监管系统……群众对村务、财务公开的满意率达98%以上”;
/// 河市镇 2024 “投入资金10余万元，对镇综治中心进行升级改造”.
/// </summary>
internal sealed class LedgerDemoSeeder : IStartupSeeder
{
    public int Order => 420;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var townships = await db.Set<Township>().AsNoTracking().ToDictionaryAsync(t => t.DivisionCode, cancellationToken);
        await TouyingAsync(new Seed(services, townships["990100103000"], "touying"), cancellationToken);
        await TaixiaAsync(new Seed(services, townships["990100102000"], "taixia"), cancellationToken);
        await HeshiAsync(new Seed(services, townships["990100104000"], "heshi"), cancellationToken);
    }

    private static async Task TouyingAsync(Seed seed, CancellationToken ct)
    {
        var talks = await seed.DefineAsync(new DateOnly(2022, 1, 5), new DefineLedgerRequest("lianzheng-talks", "节前集体廉政谈话台账", "坚持党委统一领导，全面从严治党", "全年", ReportPart.Achievements,
            [
                new LedgerFieldInput("festival", "节日", LedgerFieldKind.Choice, true, "元旦、春节、清明、五一、端午、中秋、国庆"),
                new LedgerFieldInput("audience", "谈话对象", LedgerFieldKind.Text, true, null),
                new LedgerFieldInput("people", "参加人数", LedgerFieldKind.PersonTimes, true, null),
                new LedgerFieldInput("host", "谈话人", LedgerFieldKind.Text, true, null),
            ],
            [new LedgerIndicatorInput("talks", "节前集体廉政谈话", "次", LedgerIndicatorKind.EntryCount, null, null, "春节、国庆等节前集体廉政谈话{0}", false)]), ct);
        foreach (var (on, festival, audience, people) in new[]
        {
            (new DateOnly(2022, 1, 24), "春节", "全体班子成员", 11), (new DateOnly(2022, 1, 26), "春节", "各村党支部书记、村委会主任", 24),
            (new DateOnly(2022, 3, 31), "清明", "全体机关干部", 46), (new DateOnly(2022, 4, 28), "五一", "站所负责人", 13),
            (new DateOnly(2022, 5, 31), "端午", "全体机关干部", 45), (new DateOnly(2022, 9, 8), "中秋", "站所负责人及财务人员", 15),
            (new DateOnly(2022, 9, 28), "国庆", "全体班子成员", 11), (new DateOnly(2022, 9, 29), "国庆", "各村党支部书记、村务监督委员会主任", 24),
        })
        {
            await seed.EnterAsync(talks, on, new Dictionary<string, string?> { ["festival"] = festival, ["audience"] = audience, ["people"] = $"{people}", ["host"] = "海建军" }, ct);
        }

        var deputies = await seed.DefineAsync(new DateOnly(2022, 1, 5), new DefineLedgerRequest("deputy-activities", "镇人大代表活动台账", "领导人大依法履行职能", "", ReportPart.Achievements,
            [
                new LedgerFieldInput("kind", "活动形式", LedgerFieldKind.Choice, true, "视察、调研、监督检查"),
                new LedgerFieldInput("topic", "活动内容", LedgerFieldKind.Text, true, null),
                new LedgerFieldInput("deputies", "参加代表", LedgerFieldKind.PersonTimes, true, null),
            ],
            [new LedgerIndicatorInput("activities", "镇级人大代表视察、调研、监督检查活动", "次", LedgerIndicatorKind.EntryCount, null, null, "组织镇级人大代表依法开展视察、调研、监督检查等活动{0}", false)]), ct);
        foreach (var (on, kind, topic, people) in new[]
        {
            (new DateOnly(2022, 3, 16), "视察", "视察春耕备耕和农资市场秩序", 12), (new DateOnly(2022, 4, 20), "调研", "调研高标准农田建设项目", 9),
            (new DateOnly(2022, 5, 18), "监督检查", "监督检查食品安全和校园周边环境整治", 10), (new DateOnly(2022, 6, 22), "视察", "视察乡村振兴重点项目建设", 14),
            (new DateOnly(2022, 7, 27), "监督检查", "监督检查安全生产和防汛工作", 11), (new DateOnly(2022, 8, 24), "调研", "调研人居环境整治和垃圾处理", 8),
            (new DateOnly(2022, 10, 19), "监督检查", "监督检查惠民补贴资金发放", 12), (new DateOnly(2022, 11, 23), "视察", "视察行政执法“三项制度”落实情况", 10),
        })
        {
            await seed.EnterAsync(deputies, on, new Dictionary<string, string?> { ["kind"] = kind, ["topic"] = topic, ["deputies"] = $"{people}" }, ct);
        }
    }

    private static async Task TaixiaAsync(Seed seed, CancellationToken ct)
    {
        var ledger = await seed.DefineAsync(new DateOnly(2022, 1, 10), new DefineLedgerRequest("sanzi", "农村“三资”监管台账", "推进村务公开，规范三资监管", "", ReportPart.Achievements,
            [
                new LedgerFieldInput("village", "村", LedgerFieldKind.Village, true, null),
                new LedgerFieldInput("published", "公开内容", LedgerFieldKind.Text, true, null),
                new LedgerFieldInput("surveyed", "测评户数", LedgerFieldKind.Count, true, null),
                new LedgerFieldInput("satisfied", "满意户数", LedgerFieldKind.Count, true, null),
            ],
            [
                new LedgerIndicatorInput("villages", "推广三资监管系统的村", "个村", LedgerIndicatorKind.DistinctCount, "village", null, "在{0}全面推广三资监管系统，对群众普遍关心的村务决策、干部报酬、财务收支等内容定期公开", false),
                new LedgerIndicatorInput("satisfaction", "村务、财务公开满意率", "%", LedgerIndicatorKind.Rate, "satisfied", "surveyed", "群众对村务、财务公开的满意率达{0}以上", false),
            ]), ct);
        // 350 households asked, 343 satisfied: 98.0%.
        foreach (var (village, month, surveyed, satisfied) in new[]
        {
            ("太霞村", 3, 60, 59), ("石门村", 4, 50, 49), ("青龙村", 5, 50, 49), ("白鹤村", 6, 45, 44), ("龙泉村", 7, 50, 49), ("新店村", 8, 45, 44), ("金凤村", 9, 50, 49),
        })
        {
            await seed.EnterAsync(ledger, new DateOnly(2022, month, 15), new Dictionary<string, string?>
            {
                ["village"] = village, ["published"] = "村务决策、干部报酬、财务收支季度公开", ["surveyed"] = $"{surveyed}", ["satisfied"] = $"{satisfied}",
            }, ct);
        }
    }

    private static async Task HeshiAsync(Seed seed, CancellationToken ct)
    {
        var ledger = await seed.DefineAsync(new DateOnly(2024, 2, 20), new DefineLedgerRequest("zongzhi-funds", "综治中心建设投入台账", "强化社会治理、推进综治中心建设", "2024年", ReportPart.Achievements,
            [
                new LedgerFieldInput("item", "建设内容", LedgerFieldKind.Text, true, null),
                new LedgerFieldInput("amount", "投入金额", LedgerFieldKind.AmountYuan, true, null),
                new LedgerFieldInput("office", "实施科室", LedgerFieldKind.Office, false, null),
            ],
            [new LedgerIndicatorInput("funds", "综治中心升级改造投入资金", "万元", LedgerIndicatorKind.Sum, "amount", null, "投入资金{0}，对镇综治中心进行升级改造", true)]), ct);
        foreach (var (on, item, amount) in new[]
        {
            (new DateOnly(2024, 4, 12), "矛盾纠纷调解室、接待大厅改造", "38600"), (new DateOnly(2024, 5, 20), "视频监控和联勤联动指挥终端", "29450"),
            (new DateOnly(2024, 6, 18), "网格化服务管理平台终端", "21800"), (new DateOnly(2024, 7, 9), "集中办公桌椅和档案柜", "14350"),
        })
        {
            await seed.EnterAsync(ledger, on, new Dictionary<string, string?> { ["item"] = item, ["amount"] = amount, ["office"] = "综治中心" }, ct);
        }
    }

    private sealed class Seed(IServiceProvider services, Township township, string key)
    {
        private Actor Clerk => Actor.For($"{key}.clerk", $"{township.Name}法制员", township.Id, Roles.LegalClerk);

        public async Task<Guid> DefineAsync(DateOnly on, DefineLedgerRequest request, CancellationToken ct) =>
            (await new SeedClock().Set(on).Create<DefineLedgerHandler>(services).HandleAsync(Clerk, request, ct)).Id;

        public Task<LedgerEntry?> EnterAsync(Guid ledger, DateOnly on, IDictionary<string, string?> values, CancellationToken ct) =>
            new SeedClock().Set(on).Create<EnterEntryHandler>(services).HandleAsync(Clerk, ledger, new EnterEntryRequest(on, values), ct);
    }
}
