using System.Globalization;
using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Cases.Closing;
using Fazhi.Modules.Enforcement.Cases.Decision;
using Fazhi.Modules.Enforcement.Cases.Discussion;
using Fazhi.Modules.Enforcement.Cases.Execution;
using Fazhi.Modules.Enforcement.Cases.Filing;
using Fazhi.Modules.Enforcement.Cases.Investigation;
using Fazhi.Modules.Enforcement.Cases.LegalReview.Opinion;
using Fazhi.Modules.Enforcement.Cases.LegalReview.Submission;
using Fazhi.Modules.Enforcement.Cases.Notice;
using Fazhi.Modules.Enforcement.Cases.Publication;
using Fazhi.Modules.Enforcement.Cases.Service;
using Fazhi.Modules.Enforcement.Cases.Statement;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Enforcement.Demo;

/// <summary>
/// 小江镇's enforcement record as its 2022 report states it — 299 delegated penalty powers, 47 certified officers of whom
/// 26 passed the 2022 exam, 14 cases filed, 7 closed and 7 in progress at the year's end, 9 legal reviews, 9 decisions
/// published — plus cases in progress now for the 待办与预警 board, and 头营镇's 8 officers of its 2022 report. Everything goes through the same services as the UI.
/// </summary>
internal sealed class EnforcementDemoSeeder : IStartupSeeder
{
    public int Order => 300;

    public bool IsDemoData => true;

    private static readonly string[] Places = ["城市道路", "公共场所", "河道管理范围内", "林地", "永久基本农田", "饮用水水源保护区", "村庄规划区", "集镇建成区", "公路用地", "风景名胜区", "水库库区", "学校周边", "农贸市场"];

    private static readonly (string Act, string Kinds, decimal? Min, decimal? Max, string Basis, string From)[] Acts =
    [
        ("擅自搭建建筑物、构筑物", "警告、罚款、没收违法所得", 1000, 50000, "《中华人民共和国城乡规划法》第六十五条", "县自然资源局"),
        ("倾倒、抛撒建筑垃圾", "警告、罚款", 500, 5000, "《城市市容和环境卫生管理条例》第三十六条", "县住房和城乡建设局"),
        ("堆放物料影响通行", "警告、罚款", 50, 2000, "《城市道路管理条例》第四十二条", "县住房和城乡建设局"),
        ("擅自采砂", "罚款、没收违法所得、没收非法财物", 10000, 100000, "《中华人民共和国水法》第七十二条", "县水利局"),
        ("露天焚烧秸秆", "罚款", 500, 2000, "《中华人民共和国大气污染防治法》第一百一十九条", "县生态环境局"),
        ("擅自设置户外广告设施", "警告、罚款", 500, 10000, "《城市市容和环境卫生管理条例》第三十六条", "县城市管理局"),
        ("占道经营", "警告、罚款", 50, 500, "《城市市容和环境卫生管理条例》第三十六条", "县城市管理局"),
        ("擅自挖掘", "警告、罚款", 1000, 20000, "《城市道路管理条例》第四十二条", "县住房和城乡建设局"),
        ("擅自砍伐林木", "罚款、没收违法所得", 500, 30000, "《中华人民共和国森林法》第七十六条", "县林业局"),
        ("非法占用土地建住宅", "罚款、没收违法所得", 1000, 100000, "《中华人民共和国土地管理法》第七十八条", "县自然资源局"),
        ("违规养殖畜禽", "警告、罚款", 500, 20000, "《畜禽规模养殖污染防治条例》第四十一条", "县农业农村局"),
        ("乱排生活污水", "警告、罚款", 200, 5000, "《城镇排水与污水处理条例》第五十条", "县住房和城乡建设局"),
        ("擅自占用、损坏水利工程设施", "警告、罚款", 1000, 50000, "《中华人民共和国水法》第六十九条", "县水利局"),
        ("违规燃放烟花爆竹", "罚款", 100, 500, "《烟花爆竹安全管理条例》第四十二条", "县应急管理局"),
        ("擅自占用绿地", "警告、罚款", 500, 10000, "《城市绿化条例》第二十七条", "县城市管理局"),
        ("随意丢弃生活垃圾", "警告、罚款", 50, 200, "《城市市容和环境卫生管理条例》第三十四条", "县城市管理局"),
        ("违规设置摊点", "警告、罚款", 50, 500, "《城市市容和环境卫生管理条例》第三十六条", "县城市管理局"),
        ("擅自改变房屋使用性质", "警告、罚款", 5000, 30000, "《建设工程质量管理条例》第六十九条", "县住房和城乡建设局"),
        ("违规使用农药", "警告、罚款", 5000, 30000, "《农药管理条例》第六十条", "县农业农村局"),
        ("污染农田灌溉水源", "警告、罚款", 2000, 20000, "《中华人民共和国水污染防治法》第八十五条", "县生态环境局"),
        ("在禁止区域放牧", "警告、罚款", 100, 1000, "《中华人民共和国森林法》第七十四条", "县林业局"),
        ("擅自拆除、迁移公共设施", "警告、罚款", 1000, 10000, "《城市道路管理条例》第四十二条", "县住房和城乡建设局"),
        ("施工噪声扰民", "警告、罚款", 1000, 50000, "《中华人民共和国噪声污染防治法》第七十七条", "县生态环境局"),
    ];

    internal static IEnumerable<(string Code, string Name, string Kinds, decimal? Min, decimal? Max, string Basis, string From)> Catalogue()
    {
        var n = 0;
        foreach (var act in Acts)
        {
            foreach (var place in Places)
            {
                n++;
                yield return ($"XZCF-XJ-{n:000}", $"对在{place}{act.Act}的行政处罚", act.Kinds, act.Min, act.Max, act.Basis, act.From);
            }
        }
    }

    /// <summary>The township's staff as the steps' rules know them: the demo's records are made by the people the law names.</summary>
    private static Actor Clerk(Guid townshipId) => Actor.For("xiaojiang.clerk", "小江镇法制员", townshipId, Roles.LegalClerk);

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var township = await db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100101000", cancellationToken);

        // 299 powers delegated by the county, imported from the county's sheet through the same importer clerks use.
        var sheet = Catalogue().Select(p => new Dictionary<string, object?>
        {
            ["事项编码"] = p.Code, ["事项名称"] = p.Name, ["职权类别"] = "行政处罚", ["设定依据"] = p.Basis, ["处罚种类"] = p.Kinds,
            ["罚款下限"] = p.Min?.ToString(CultureInfo.InvariantCulture), ["罚款上限"] = p.Max?.ToString(CultureInfo.InvariantCulture),
            ["实施主体"] = township.GovernmentName, ["下放部门"] = p.From,
            // The county's first list of powers handed to the towns takes effect for 2022 (the report's 299 items).
            ["承接日期"] = "2022-01-01",
        }).ToList();
        using (var xlsx = new MemoryStream())
        {
            await xlsx.SaveAsAsync(sheet, cancellationToken: cancellationToken);
            xlsx.Position = 0;
            await services.GetRequiredService<PowerCatalog>().ImportAsync(Clerk(township.Id), township.Id, xlsx, cancellationToken);
        }

        var officers = await SeedOfficersAsync(services, township.Id, cancellationToken);
        await SeedCasesAsync(services, db, township.Id, officers, cancellationToken);
        await SeedTouyingOfficersAsync(services, db, cancellationToken);
    }

    /// <summary>
    /// 头营镇's 2022 report: “将综合执法局派驻人员充实到综合执法办公室，现有执法工作人员8人”. Eight officers of the
    /// 综合执法办公室, certified since 2021 and reviewed every year, so 2022 counts 8 certified officers (ADR 0017).
    /// </summary>
    private static async Task SeedTouyingOfficersAsync(IServiceProvider services, FazhiDbContext db, CancellationToken ct)
    {
        var touying = await db.Set<Township>().Where(t => t.DivisionCode == "990100103000").Select(t => t.Id).SingleAsync(ct);
        var clerk = Actor.For("touying.clerk", "头营镇法制员", touying, Roles.LegalClerk);
        var registry = services.GetRequiredService<OfficerRegistry>();
        string[] names = ["马志明", "杨文华", "海玉兰", "李建军", "田学勇", "马秀梅", "王振国", "虎彦军"];
        for (var i = 0; i < names.Length; i++)
        {
            var officer = await registry.AddAsync(clerk, touying, new OfficerRequest
            {
                Name = names[i],
                Position = "综合执法办公室",
                Employment = EmploymentKind.Established,
                CertificateNumber = $"64040222{i + 1:0000}",
                CertificateIssuer = "固原市原州区人民政府",
                CertificateValidFrom = new DateOnly(2021, 9, 1),
                CertificateValidTo = new DateOnly(2027, 8, 31),
                HasLegalProfessionQualification = i == 3,
                JoinedOn = new DateOnly(2021, 9, 1),
            }, ct);
            for (var year = 2021; year <= 2025; year++)
            {
                await registry.RecordReviewAsync(clerk, officer, year, passed: true, new DateOnly(year + 1, 3, 10), null, ct);
            }
        }
    }

    private static readonly string[] Surnames = ["陈", "李", "黄", "邓", "罗", "梁", "刘", "张", "欧阳", "何", "林", "吴", "周", "谢", "莫", "潘"];
    private static readonly string[] GivenNames = ["志强", "桂英", "国平", "秀兰", "建华", "伟明", "海燕", "振东", "丽萍", "文杰", "少华", "永红", "家豪", "雪梅", "锦成", "晓东"];

    private static async Task<List<Officer>> SeedOfficersAsync(IServiceProvider services, Guid townshipId, CancellationToken ct)
    {
        var registry = services.GetRequiredService<OfficerRegistry>();
        var officers = new List<Officer>();
        for (var i = 0; i < 47; i++)
        {
            // 47 different people: the given name shifts with each round of surnames, so no name repeats in the register
            // (a picker listing three 陈秀兰 could not be used).
            var name = Surnames[i % Surnames.Length] + GivenNames[(i * 7 + 3 + (i / Surnames.Length * 5)) % GivenNames.Length];
            // A few certificates run out soon, so the 待办与预警 board has something to warn about.
            var validTo = i < 3 ? new DateOnly(2026, 12, 10 + i) : new DateOnly(2027, 6, 30);
            var officer = await registry.AddAsync(Clerk(townshipId), townshipId, new OfficerRequest
            {
                Name = name,
                // The demo officer account is the first officer of the register: the cases assigned to them wait on its home.
                AccountUserName = i == 0 ? "xiaojiang.officer" : null,
                Position = i < 12 ? "综合行政执法办公室" : i < 30 ? "镇政府工作人员" : "驻村工作人员",
                Employment = EmploymentKind.Established,
                CertificateNumber = $"44182322{i + 1:0000}",
                CertificateIssuer = "阳山县人民政府",
                CertificateValidFrom = new DateOnly(2021, 7, 1),
                CertificateValidTo = validTo,
                HasLegalProfessionQualification = i is 5 or 17,
                JoinedOn = new DateOnly(2021, 7, 1),
            }, ct);
            for (var year = 2021; year <= 2025; year++)
            {
                await registry.RecordReviewAsync(Clerk(townshipId), officer, year, passed: true, new DateOnly(year + 1, 3, 15), null, ct);
            }

            // 2022: all trained; 26 of 47 passed the law exam (小江镇 2022 报告).
            await registry.RecordTrainingAsync(Clerk(townshipId), officer, new TrainingRecord
            {
                Year = 2022,
                Title = "2022年度行政执法人员公共法律知识培训及考试",
                Hours = 60,
                ExamScore = i < 26 ? 80 + (i % 15) : 52 + (i % 7),
                ExamPassed = i < 26,
            }, ct);
            officers.Add(officer);
        }

        return officers;
    }

    private sealed record DemoCase(string Title, string Power, PartyKind Party, string PartyName, string? Credit, string? LegalRep, string Facts, decimal Fine, DateOnly Filed);

    private static async Task SeedCasesAsync(IServiceProvider services, FazhiDbContext db, Guid townshipId, List<Officer> officers, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<FazhiUser>>();
        var advisorUser = await users.FindByNameAsync("xiaojiang.advisor");
        // Each step is taken by the person its rule names (ADR 0010): the clerk files on the leader's approval, the
        // officers gather evidence and notify, the advisor reviews, the leaders discuss and decide.
        var clerk = Clerk(townshipId);
        var officer = Actor.For("xiaojiang.officer", "小江镇执法人员", townshipId, Roles.EnforcementOfficer);
        var leader = Actor.For("xiaojiang.leader", "小江镇镇长", townshipId, Roles.Leader);
        var advisor = new Actor(advisorUser!.Id, advisorUser.UserName!, advisorUser.DisplayName, townshipId, null, new HashSet<string>([Roles.LegalAdvisor], StringComparer.Ordinal));
        var file = services.GetRequiredService<FileCaseHandler>();
        var evidence = services.GetRequiredService<AddEvidenceHandler>();
        var notify = services.GetRequiredService<NotifyPartyHandler>();
        var statement = services.GetRequiredService<RecordStatementHandler>();
        var submit = services.GetRequiredService<SubmitForLegalReviewHandler>();
        var review = services.GetRequiredService<GiveLegalReviewOpinionHandler>();
        var discuss = services.GetRequiredService<RecordDiscussionHandler>();
        var decide = services.GetRequiredService<DecidePenaltyHandler>();
        var serve = services.GetRequiredService<ServeDecisionHandler>();
        var publish = services.GetRequiredService<PublishPenaltyHandler>();
        var execute = services.GetRequiredService<RecordExecutionHandler>();
        var close = services.GetRequiredService<CloseCaseHandler>();
        var powers = await db.Set<PowerItem>().Where(p => p.TownshipId == townshipId).OrderBy(p => p.Code).ToListAsync(ct);
        PowerItem Power(string act) => powers.Single(p => p.Name == $"对在{act}的行政处罚");

        var company = PersonalInfoMasker.CompleteCreditCode("91441823MA4UJ8K2X");
        var sandPit = PersonalInfoMasker.CompleteCreditCode("92441823MA51C3Q7N");
        var cases2022 = new DemoCase[]
        {
            new("未经批准在村庄规划区擅自搭建建筑物", "村庄规划区擅自搭建建筑物、构筑物", PartyKind.NaturalPerson, "陈大文", null, null, "当事人陈大文未取得乡村建设规划许可证，在江口村擅自搭建砖混结构建筑物约120平方米。", 8000, new DateOnly(2022, 3, 2)),
            new("在河道管理范围内擅自采砂", "河道管理范围内擅自采砂", PartyKind.LegalPerson, "阳山县小江镇江口砂石场", sandPit, "罗国平", "当事人在小江河道管理范围内未经许可采砂，现场查获采砂船一艘。", 30000, new DateOnly(2022, 3, 18)),
            new("在集镇建成区占道经营", "集镇建成区占道经营", PartyKind.NaturalPerson, "李桂英", null, null, "当事人李桂英在小江圩镇主街占用人行道摆卖水果，经劝导拒不改正。", 200, new DateOnly(2022, 4, 11)),
            new("露天焚烧秸秆", "永久基本农田露天焚烧秸秆", PartyKind.NaturalPerson, "黄志强", null, null, "当事人黄志强在新圩村农田露天焚烧秸秆，造成烟尘污染。", 800, new DateOnly(2022, 5, 6)),
            new("在城市道路倾倒建筑垃圾", "城市道路倾倒、抛撒建筑垃圾", PartyKind.LegalPerson, "阳山县小江建材有限公司", company, "梁伟明", "当事人运输车辆在小江大道沿线抛撒、倾倒建筑垃圾约6立方米。", 3000, new DateOnly(2022, 5, 23)),
            new("擅自砍伐林木", "林地擅自砍伐林木", PartyKind.NaturalPerson, "邓秀兰", null, null, "当事人邓秀兰未取得采伐许可证，在东山林地擅自砍伐杉木12株。", 2500, new DateOnly(2022, 6, 14)),
            new("在公共场所擅自设置户外广告设施", "公共场所擅自设置户外广告设施", PartyKind.LegalPerson, "阳山县小江建材有限公司", company, "梁伟明", "当事人在小江圩镇公共场所擅自设置户外广告牌两块。", 2000, new DateOnly(2022, 7, 5)),
            new("非法占用土地建住宅", "永久基本农田非法占用土地建住宅", PartyKind.NaturalPerson, "罗国平", null, null, "当事人罗国平未经批准占用耕地建设住宅，占地面积约150平方米。", 15000, new DateOnly(2022, 9, 8)),
            new("施工噪声扰民", "集镇建成区施工噪声扰民", PartyKind.LegalPerson, "阳山县小江建材有限公司", company, "梁伟明", "当事人夜间22时后在小江社区周边进行产生噪声的施工作业，群众多次投诉。", 5000, new DateOnly(2022, 10, 12)),
            new("违规养殖畜禽", "饮用水水源保护区违规养殖畜禽", PartyKind.NaturalPerson, "梁少华", null, null, "当事人在饮用水水源保护区内养殖生猪，粪污未经处理直接排放。", 3000, new DateOnly(2022, 11, 3)),
            new("擅自占用绿地", "集镇建成区擅自占用绿地", PartyKind.NaturalPerson, "刘文杰", null, null, "当事人在小江社区绿化带擅自搭建棚架。", 1000, new DateOnly(2022, 11, 15)),
            new("在公路用地堆放物料", "公路用地堆放物料影响通行", PartyKind.NaturalPerson, "何丽萍", null, null, "当事人在县道公路用地范围内堆放砂石影响通行。", 500, new DateOnly(2022, 11, 28)),
            new("违规燃放烟花爆竹", "集镇建成区违规燃放烟花爆竹", PartyKind.NaturalPerson, "林振东", null, null, "当事人在禁放区域燃放烟花爆竹。", 300, new DateOnly(2022, 12, 6)),
            new("乱排生活污水", "集镇建成区乱排生活污水", PartyKind.LegalPerson, "阳山县小江建材有限公司", company, "梁伟明", "当事人生活污水未经处理直接排入雨水管网。", 1500, new DateOnly(2022, 12, 13)),
        };

        for (var i = 0; i < cases2022.Length; i++)
        {
            var d = cases2022[i];
            var pair = new[] { officers[(i * 2) % 12].Id, officers[(i * 2 + 1) % 12].Id };
            var idNumber = d.Party == PartyKind.NaturalPerson ? PersonalInfoMasker.CompleteIdNumber($"44182319{70 + i:00}0{(i % 9) + 1}1{i % 10}12{i % 10}") : null;
            var @case = await file.HandleAsync(clerk, new FileCaseRequest(i % 3 == 0 ? CaseSource.Hotline12345 : CaseSource.Inspection,
                i % 3 == 0 ? $"12345-2022-{3000 + i}" : null, Power(d.Power).Id, d.Title, d.Party, d.PartyName, idNumber, d.Credit, d.LegalRep,
                d.Party == PartyKind.NaturalPerson ? $"1382763{1000 + i * 37:0000}" : null,
                d.Party == PartyKind.NaturalPerson ? "阳山县小江镇江口村委会三组" + (i + 1) + "号" : "阳山县小江镇工业园" + (i + 1) + "号",
                d.Facts, [.. pair], IsMajor: true, IsComplex: false, d.Filed), ct);
            var id = @case.Id;

            await evidence.HandleAsync(officer, id, new AddEvidenceRequest("现场笔录", "现场检查笔录及照片 6 张", @case.Officers[0].OfficerName, d.Filed.AddDays(1), "调查取证", null), ct);
            await evidence.HandleAsync(officer, id, new AddEvidenceRequest("视听资料", "执法记录仪全程录像", @case.Officers[1].OfficerName, d.Filed.AddDays(1), "调查取证", null), ct);
            List<string> kinds = ["罚款"];
            var noticed = d.Filed.AddDays(10);
            await notify.HandleAsync(officer, id, new NotifyPartyRequest(kinds, d.Fine, noticed), ct);
            await statement.HandleAsync(officer, id, new RecordStatementRequest("当事人对违法事实无异议，未提出陈述申辩。", Waived: true), ct);

            // Nine decisions in 2022 (one per legal review); the five cases filed late in the year are decided in 2023.
            var decided = i < 9;
            var reviewOn = decided ? noticed.AddDays(6) : new DateOnly(2023, 1, 9 + i);
            await submit.HandleAsync(officer, id, new SubmitForLegalReviewRequest(decided ? noticed.AddDays(1) : new DateOnly(2023, 1, 3)), ct);
            await review.HandleAsync(advisor, id, new GiveLegalReviewOpinionRequest(LegalReviewOpinion.Approved, "主体适格，事实清楚，证据确凿，程序合法，适用法律正确，裁量适当。", reviewOn), ct);
            await discuss.HandleAsync(leader, id, new RecordDiscussionRequest(reviewOn.AddDays(2), "镇长、分管副镇长、综合行政执法办主任、司法所所长", "同意按拟处罚意见作出处罚决定。"), ct);
            var decidedOn = reviewOn.AddDays(3);
            var text = d.Party == PartyKind.NaturalPerson
                ? $"当事人：{d.PartyName}，身份证号码：{idNumber}，住址：阳山县小江镇江口村委会三组{i + 1}号，联系电话：1382763{1000 + i * 37:0000}。经查，{d.Facts}依据{Power(d.Power).LegalBasis}，决定对当事人处以罚款人民币{d.Fine:0}元。当事人应自收到本决定书之日起十五日内缴纳罚款。如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。"
                : $"当事人：{d.PartyName}，统一社会信用代码：{d.Credit}，法定代表人：{d.LegalRep}。经查，{d.Facts}依据{Power(d.Power).LegalBasis}，决定对当事人处以罚款人民币{d.Fine:0}元。当事人应自收到本决定书之日起十五日内缴纳罚款。如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。";
            await decide.HandleAsync(leader, id, new DecidePenaltyRequest(kinds, d.Fine, text, decidedOn), ct);
            await serve.HandleAsync(officer, id, new ServeDecisionRequest(decidedOn.AddDays(1), "直接送达"), ct);
            await publish.HandleAsync(clerk, id, new PublishPenaltyRequest(decidedOn.AddDays(3)), ct);
            // Every fine is paid within the 15 days; seven case files are closed in 2022, the other seven in 2023
            // (two decided in autumn 2022 wait for their files to be archived).
            var paidOn = decidedOn.AddDays(8);
            await execute.HandleAsync(officer, id, new RecordExecutionRequest(paidOn, d.Fine), ct);
            var closedOn = i < 7 ? paidOn.AddDays(2) : DateOnly.FromDayNumber(Math.Max(paidOn.AddDays(2).DayNumber, new DateOnly(2023, 1, 10 + i).DayNumber));
            await close.HandleAsync(clerk, id, new CloseCaseRequest(new CaseFileChecklist { SubjectQualified = true, ProcedureLawful = true, FactsClear = true, EvidenceSufficient = true, LawCorrectlyApplied = true, Archived = true }, closedOn), ct);
        }

        // Cases running now: one past its 90 days, one about to reach them, one awaiting its decision after a hearing request.
        var live = new[]
        {
            new DemoCase("在河道管理范围内擅自搭建建筑物", "河道管理范围内擅自搭建建筑物、构筑物", PartyKind.NaturalPerson, "谢永红", null, null, "当事人在小江河道管理范围内擅自搭建铁皮棚约40平方米。", 6000, new DateOnly(2026, 8, 18)),
            new DemoCase("擅自挖掘城市道路", "城市道路擅自挖掘", PartyKind.LegalPerson, "阳山县小江建材有限公司", company, "梁伟明", "当事人未经批准挖掘小江大道铺设管线。", 12000, new DateOnly(2026, 9, 1)),
            new DemoCase("非法占用土地建住宅", "永久基本农田非法占用土地建住宅", PartyKind.NaturalPerson, "莫家豪", null, null, "当事人未经批准占用耕地建设住宅约200平方米。", 60000, new DateOnly(2026, 10, 20)),
        };
        for (var i = 0; i < live.Length; i++)
        {
            var d = live[i];
            var @case = await file.HandleAsync(clerk, new FileCaseRequest(CaseSource.Inspection, null, Power(d.Power).Id, d.Title, d.Party, d.PartyName,
                d.Party == PartyKind.NaturalPerson ? PersonalInfoMasker.CompleteIdNumber($"4418231988050{i}123") : null, d.Credit, d.LegalRep, null, null, d.Facts,
                [officers[i].Id, officers[i + 20].Id], IsMajor: i == 2, IsComplex: false, d.Filed), ct);
            await evidence.HandleAsync(officer, @case.Id, new AddEvidenceRequest("现场笔录", "现场检查笔录、照片及执法记录仪录像", @case.Officers[0].OfficerName, d.Filed.AddDays(2), "调查取证", null), ct);
            if (i == 2)
            {
                await notify.HandleAsync(officer, @case.Id, new NotifyPartyRequest(["罚款"], d.Fine, d.Filed.AddDays(14)), ct);
            }
        }

        // A complaint from the portal, still to be answered.
        await services.GetRequiredService<ComplaintDesk>().ReceiveAsync(townshipId,
            new ComplaintRequest("黄先生", "13902221234", "反映小江圩镇占道经营整治时执法人员未出示执法证件，请核查。"), new DateOnly(2026, 11, 16), ct);
    }
}
