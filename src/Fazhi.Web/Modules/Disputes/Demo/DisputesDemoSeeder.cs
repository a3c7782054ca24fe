using System.Globalization;
using Fazhi.Modules.Disputes.Intake.Register;
using Fazhi.Modules.Disputes.Mediation.Cases.Accept;
using Fazhi.Modules.Disputes.Mediation.Cases.AssignMediators;
using Fazhi.Modules.Disputes.Mediation.Cases.Import;
using Fazhi.Modules.Disputes.Mediation.Committees;
using Fazhi.Modules.Disputes.Mediation.Committees.AppointMediator;
using Fazhi.Modules.Disputes.Mediation.Committees.FormCommittee;
using Fazhi.Modules.Disputes.Mediation.Committees.RenewCommittee;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Petitions.AcceptPetition;
using Fazhi.Modules.Disputes.Petitions.Register;
using Fazhi.Modules.Disputes.Screening.RecordRound;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Time;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Disputes.Demo;

/// <summary>
/// The seeds' disputes, through the module's own handlers as each township's clerk: 小江镇's 2022 mediation ledger
/// (“人民调解共66宗（其中书面调解27宗，口头调解39宗），调解涉案金额约73.39万元，村居律师参与人民调解7宗，纠纷受理率达到100%，
/// 调处成功率达到100%”) imported as clerks import their Excel 台账, on a committee formed in 2021 and renewed in 2024;
/// 河市镇's 2024 screening rounds (“全镇共化解矛盾纠纷217件”); and running matters of 河市镇 on the boards now.
/// </summary>
internal sealed class DisputesDemoSeeder : IStartupSeeder
{
    public int Order => 330;

    public bool IsDemoData => true;

    /// <summary>小江镇 2022: 66 cases, 27 written, 39 oral, 733,900 yuan in all, 7 with the village lawyer.</summary>
    public const int XiaojiangCases = 66;

    public const decimal XiaojiangAmountYuan = 733_900m;

    public const int HeshiResolved = 217;

    private static readonly string[] Summaries =
    [
        "宅基地界址纠纷", "邻里排水纠纷", "赡养老人纠纷", "土地承包经营权纠纷", "饲养动物致人损害赔偿纠纷", "务工工资报酬纠纷",
        "房屋租赁合同纠纷", "交通事故损害赔偿纠纷", "婚姻家庭纠纷", "山林权属纠纷", "相邻通行纠纷", "买卖合同纠纷",
    ];

    private static readonly MatterTopic[] Topics =
    [
        MatterTopic.LandAndForest, MatterTopic.Neighbours, MatterTopic.FamilyAndMarriage, MatterTopic.LandAndForest, MatterTopic.Damages, MatterTopic.Labour,
        MatterTopic.Contracts, MatterTopic.Damages, MatterTopic.FamilyAndMarriage, MatterTopic.LandAndForest, MatterTopic.Neighbours, MatterTopic.Contracts,
    ];

    private static readonly string[] Surnames = ["黄", "梁", "陈", "李", "吴", "何", "周", "林", "罗", "谢", "邓", "冯"];

    private static readonly string[] GivenNames = ["某华", "某明", "某英", "某强", "某芳", "某平"];

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var xiaojiang = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100101000", cancellationToken);
        var heshi = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100104000", cancellationToken);
        await SeedXiaojiangAsync(services, await ClerkAsync(db, xiaojiang, "xiaojiang", cancellationToken), cancellationToken);
        await SeedHeshiAsync(services, await ClerkAsync(db, heshi, "heshi", cancellationToken), heshi.Id, cancellationToken);
    }

    private static async Task<Actor> ClerkAsync(FazhiDbContext db, Township township, string key, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == $"{key}.clerk", ct);
        return new Actor(user.Id, user.UserName!, user.DisplayName, township.Id, township.CountyId, new HashSet<string>([Roles.LegalClerk], StringComparer.Ordinal));
    }

    private static List<CommitteeMemberRequest> Members(string chair, string vice, string member, string woman) =>
    [
        new(chair, Gender.Male, MediatorRole.Chair, "13907710001", false, null),
        new(vice, Gender.Female, MediatorRole.ViceChair, "13907710002", false, null),
        new(member, Gender.Male, MediatorRole.Member, "13907710003", false, null),
        new(woman, Gender.Female, MediatorRole.Member, "13907710004", false, null),
    ];

    private static async Task SeedXiaojiangAsync(IServiceProvider services, Actor clerk, CancellationToken ct)
    {
        const string committeeName = "小江镇人民调解委员会";
        var committee = await services.GetRequiredService<FormCommitteeHandler>().HandleAsync(clerk,
            new FormCommitteeRequest(committeeName, CommitteeLevel.Township, null, new DateOnly(2021, 4, 1), Members("黄志明", "梁秀娟", "陈国平", "李美华")), ct);
        // 村居法律顾问 as a mediator the committee appoints (人民调解法 第十三条).
        await services.GetRequiredService<AppointMediatorHandler>().HandleAsync(clerk, committee.Id,
            new AppointMediatorRequest("何文涛", Gender.Male, "13907710005", true, null, new DateOnly(2021, 4, 1)), ct);

        using var sheet = new MemoryStream();
        await sheet.SaveAsAsync(LedgerOf2022(committeeName), cancellationToken: ct);
        sheet.Position = 0;
        await services.GetRequiredService<ImportCasesHandler>().HandleAsync(clerk, sheet, ct);

        await services.GetRequiredService<RenewCommitteeHandler>().HandleAsync(clerk, committee.Id,
            new RenewCommitteeRequest(new DateOnly(2024, 4, 1), Members("黄志明", "梁秀娟", "陈国平", "李美华")), ct);
    }

    /// <summary>The 2022 ledger as the township kept it (the columns the ledger page exports).</summary>
    private static List<Dictionary<string, object>> LedgerOf2022(string committee)
    {
        var rows = new List<Dictionary<string, object>>();
        var amounts = Enumerable.Range(0, XiaojiangCases - 1).Select(i => (decimal)((3000 + (i * 3779 % 17000)) / 100 * 100)).ToList();
        amounts.Add(XiaojiangAmountYuan - amounts.Sum());
        for (var i = 0; i < XiaojiangCases; i++)
        {
            var accepted = new DateOnly(2022, 1, 6).AddDays(i * 5);
            var effective = accepted.AddDays(3 + (i % 6));
            // 27 written agreements among the 66 (every third step of 27/66), the village lawyer on 7 cases.
            var written = i * 27 % XiaojiangCases < 27;
            var lawyer = i % 9 == 4;
            var summary = Summaries[i % Summaries.Length];
            rows.Add(new Dictionary<string, object>
            {
                ["受理日期"] = accepted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["调解委员会"] = committee,
                ["启动方式"] = DisputeLabels.Start(MediationStart.Application),
                ["纠纷类型"] = DisputeLabels.Topic(Topics[i % Topics.Length]),
                ["案由"] = summary,
                ["纠纷简要情况"] = $"双方因{summary[..^2]}发生争议，申请镇人民调解委员会调解。",
                // Each applicant once: a repeated name and dispute would be linked to the first, not counted again.
                ["申请人"] = $"{Surnames[i % Surnames.Length]}{GivenNames[i / Surnames.Length]}",
                ["被申请人"] = $"{Surnames[(i + 5) % Surnames.Length]}某{(i % 2 == 0 ? "强" : "芳")}",
                ["涉案金额（元）"] = amounts[i].ToString(CultureInfo.InvariantCulture),
                ["调解员"] = lawyer ? "黄志明、何文涛" : i % 2 == 0 ? "梁秀娟" : "陈国平",
                ["调解结果"] = "调解成功",
                ["协议形式"] = written ? "书面" : "口头",
                ["协议内容"] = written ? $"双方就{summary}自愿达成协议，按约定的方式和期限履行。" : $"双方就{summary}口头达成一致，当场履行完毕。",
                ["协议生效日期"] = effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["履行期限"] = effective.AddDays(written ? 15 : 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["履行情况"] = DisputeLabels.Performance(PerformanceStatus.Performed),
            });
        }

        return rows;
    }

    private static async Task SeedHeshiAsync(IServiceProvider services, Actor clerk, Guid townshipId, CancellationToken ct)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var villages = await db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).OrderBy(v => v.DivisionCode).ToListAsync(ct);
        var rounds = services.GetRequiredService<RecordRoundHandler>();
        // 2024: each village screened every quarter (排查 rounds of the 枫桥经验), 217 disputes resolved in all.
        var found = 0;
        for (var quarter = 0; quarter < 4; quarter++)
        {
            for (var v = 0; v < villages.Count; v++)
            {
                var conducted = new DateOnly(2024, 1 + (quarter * 3), 10 + (v * 5));
                var last = quarter == 3 && v == villages.Count - 1;
                var count = last ? HeshiResolved - found : HeshiResolved / (4 * villages.Count);
                var findings = Enumerable.Range(0, count).Select(k =>
                {
                    var summary = Summaries[(found + k) % Summaries.Length];
                    return new ScreeningFindingRequest($"{villages[v].Name}{summary}", Topics[(found + k) % Topics.Length], $"{Surnames[k % Surnames.Length]}某、{Surnames[(k + 3) % Surnames.Length]}某",
                        FindingStatus.Resolved, conducted.AddDays(k % 20), "经村调委会和驻村干部现场调处，双方达成一致。", null);
                }).ToList();
                found += count;
                await rounds.HandleAsync(clerk, new RecordRoundRequest(villages[v].Id, conducted, "镇综治中心、司法所、驻村工作队、村调委会", "季度矛盾纠纷排查", findings), ct);
            }
        }

        // Running now: a committee in office, a case being mediated, a visit to answer and a petition being handled.
        var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var committee = await services.GetRequiredService<FormCommitteeHandler>().HandleAsync(clerk,
            new FormCommitteeRequest("河市镇人民调解委员会", CommitteeLevel.Township, null, new DateOnly(2024, 3, 1), Members("杨建华", "刘桂香", "赵文军", "孙小燕")), ct);
        var mediation = await services.GetRequiredService<AcceptCaseHandler>().HandleAsync(clerk, new AcceptCaseRequest(committee.Id, null, null, MediationStart.Application, null,
            today.AddDays(-6), MatterTopic.Neighbours, "相邻通行纠纷", "申请人反映被申请人在两家之间的通道堆放杂物，影响通行，协商未果。", 0m, MatterChannel.Visit, villages[0].Id,
            [
                new MediationPartyRequest("柳某平", PartyKind.NaturalPerson, PartySide.Applicant, "13807710011", null, "河市村一组"),
                new MediationPartyRequest("桥某生", PartyKind.NaturalPerson, PartySide.Respondent, "13807710012", null, "河市村一组"),
            ]), ct);
        await services.GetRequiredService<AssignMediatorsHandler>().HandleAsync(clerk, mediation.Id,
            new AssignMediatorsRequest([committee.Mediators.OrderBy(m => m.Role).First().Id], today.AddDays(-5)), ct);
        await services.GetRequiredService<RegisterMatterHandler>().HandleAsync(clerk, new RegisterMatterRequest(MatterChannel.Visit, MatterCategory.HelpRequest, MatterTopic.PublicServices,
            "反映桥头村饮水管道漏水", "来访人反映桥头村集中供水管道多处漏水，请求镇政府协调维修。", "莫某芬", "13807710021", null, "桥头村三组", 1, villages[1].Id, today.AddDays(-2), null, null), ct);
        var petition = await services.GetRequiredService<RegisterPetitionHandler>().HandleAsync(clerk, new RegisterPetitionRequest(null, PetitionSource.Direct, null, null,
            MatterChannel.Letter, MatterCategory.Claim, MatterTopic.LandAndForest, "反映柳林村土地流转租金未按期支付", "信访人来信反映其流转给合作社的承包地租金逾期未付，请求协调解决。",
            "韦某强", "13807710031", null, "柳林村二组", 1, villages[2].Id, today.AddDays(-9)), ct);
        await services.GetRequiredService<AcceptPetitionHandler>().HandleAsync(clerk, petition.Id,
            new AcceptPetitionRequest(today.AddDays(-7), false, PetitionRoute.PetitionHandling, "你反映的事项属于本镇职责范围，本镇予以受理，将在60日内办结并出具信访处理意见书。"), ct);
    }
}
