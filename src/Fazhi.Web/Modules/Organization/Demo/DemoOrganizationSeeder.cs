using Fazhi.Modules.Organization.ManageTownships;
using Fazhi.Modules.Organization.ManageUsers;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Organization.Demo;

/// <summary>
/// The demo county with the five townships of the seed reports, and a user for every role, created through the same
/// registration code the admin pages use. The county and the division codes are demo values (the five seed townships
/// really lie in five different counties); names and kinds follow the seeds.
/// </summary>
internal sealed class DemoOrganizationSeeder : IStartupSeeder
{
    /// <summary>Every demo account uses this password (README lists the accounts).</summary>
    public const string DemoPassword = "Fazhi2026demo";

    public const string CountyCode = "990100000000";

    internal sealed record DemoTownship(string Key, string Code, string Name, TownshipKind Kind, string Government, string ShortName, string Intro, string[] Villages);

    public static IReadOnlyList<DemoTownship> Townships { get; } =
    [
        new("xiaojiang", "990100101000", "小江镇", TownshipKind.Town, "小江镇人民政府", "小江府",
            "小江镇承接县级下放行政处罚权 299 项，推行“三项制度”，建设法治乡镇。", ["小江村", "江口村", "新圩村", "东山社区"]),
        new("taixia", "990100102000", "太霞乡", TownshipKind.Township, "太霞乡人民政府", "太霞府",
            "太霞乡坚持规范性文件合法性审查、备案和统一发布，建设亲水太霞。", ["太霞村", "石门村", "青龙村"]),
        new("touying", "990100103000", "头营镇", TownshipKind.Town, "头营镇人民政府", "头营府",
            "头营镇推进“三重一大”集体决策和重大行政决策法定程序。", ["头营村", "马园村", "杨郎村"]),
        new("heshi", "990100104000", "河市镇", TownshipKind.Town, "河市镇人民政府", "河市府",
            "河市镇深化法治学习，推进矛盾纠纷多元化解。", ["河市村", "桥头村", "柳林村"]),
        new("dazhanglou", "990100105000", "大张楼镇", TownshipKind.Town, "大张楼镇人民政府", "大张楼府",
            "大张楼镇创建“法治乡镇”，落实党政主要负责人第一责任人职责。", ["大张楼村", "王庄村", "前楼村"]),
    ];

    public int Order => 100;

    public bool IsDemoData => true;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var registration = ActivatorUtilities.CreateInstance<TownshipRegistration>(services);
        var users = ActivatorUtilities.CreateInstance<UserAdministration>(services);
        var db = services.GetRequiredService<FazhiDbContext>();

        var county = await registration.CreateCountyAsync(new CountyInput
        {
            DivisionCode = CountyCode,
            Name = "示范县",
            OfficeName = "中共示范县委全面依法治县委员会办公室",
        }, cancellationToken);

        foreach (var t in Townships)
        {
            var township = await registration.CreateTownshipAsync(new TownshipInput
            {
                CountyId = county.Id,
                DivisionCode = t.Code,
                Name = t.Name,
                Kind = t.Kind,
                GovernmentName = t.Government,
                ShortName = t.ShortName,
                Introduction = t.Intro,
            }, cancellationToken);

            var index = 1;
            foreach (var village in t.Villages)
            {
                db.Add(new Village
                {
                    TownshipId = township.Id,
                    Name = village,
                    IsCommunity = village.EndsWith("社区", StringComparison.Ordinal),
                    DivisionCode = t.Code[..9] + index++.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
                });
            }

            foreach (var office in new[] { ("党政综合办公室", "统筹法治政府建设日常工作"), ("综合行政执法办公室", "承接下放行政处罚权，组织行政执法"), ("司法所", "合法性审核、人民调解、普法") })
            {
                db.Add(new Office { TownshipId = township.Id, Name = office.Item1, Duties = office.Item2 });
            }

            await db.SaveChangesAsync(cancellationToken);

            await users.CreateAsync(new UserInput { UserName = $"{t.Key}.clerk", DisplayName = $"{t.Name}法制员", Position = "司法所工作人员", Roles = [Roles.LegalClerk], TownshipId = township.Id }, DemoPassword);
            await users.CreateAsync(new UserInput { UserName = $"{t.Key}.officer", DisplayName = $"{t.Name}执法人员", Position = "综合行政执法办公室", Roles = [Roles.EnforcementOfficer], TownshipId = township.Id }, DemoPassword);
            // Two leaders, because a normative document is signed by the 分管领导 and then by the 主要领导 (ADR 0027).
            var head = t.Kind == TownshipKind.Township ? "乡长" : "镇长";
            await users.CreateAsync(new UserInput { UserName = $"{t.Key}.leader", DisplayName = $"{t.Name}领导", Position = head, Roles = [Roles.Leader], LeaderPost = LeaderPost.Principal, TownshipId = township.Id }, DemoPassword);
            await users.CreateAsync(new UserInput { UserName = $"{t.Key}.deputy", DisplayName = $"{t.Name}分管领导", Position = "分管副" + head, Roles = [Roles.Leader], LeaderPost = LeaderPost.InCharge, TownshipId = township.Id }, DemoPassword);
            await users.CreateAsync(new UserInput { UserName = $"{t.Key}.advisor", DisplayName = $"{t.Name}法律顾问", Position = "律师事务所律师", Roles = [Roles.LegalAdvisor], TownshipId = township.Id }, DemoPassword);
        }

        await users.CreateAsync(new UserInput { UserName = "county.reviewer", DisplayName = "县司法局审查员", Position = "县司法局", Roles = [Roles.CountyReviewer], CountyId = county.Id }, DemoPassword);
        await users.CreateAsync(new UserInput { UserName = "admin", DisplayName = "系统管理员", Roles = [Roles.Administrator] }, DemoPassword);
    }
}
