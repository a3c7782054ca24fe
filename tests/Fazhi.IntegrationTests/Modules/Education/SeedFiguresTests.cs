using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Education;

/// <summary>
/// The four seed townships' drafted reports state the seeds' study, training, exam and 普法 figures exactly
/// (/work/shared/seeds: 000 头营镇 2022, 001 太霞乡 2022, 002 河市镇 2024, 004 小江镇 2022), from the demo records and
/// through the same drafting code the report uses.
/// </summary>
public sealed class SeedFiguresTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private async Task<string> DraftedAsync(string code, int year) => (await PartsAsync(code, year)).Achievements;

    private async Task<(string Achievements, string LeaderDuties)> PartsAsync(string code, int year) =>
        await app.InScopeAsync(TenantContext.System, async services =>
        {
            var db = services.GetRequiredService<Fazhi.Platform.Data.FazhiDbContext>();
            var township = await db.Set<Township>().SingleAsync(t => t.DivisionCode == code);
            var groups = await services.GetRequiredService<ReportWorkflow>().IndicatorsAsync(township.Id, year, CancellationToken.None);
            return (ReportWorkflow.AchievementsText(groups), ReportWorkflow.LeaderDutiesText(groups));
        });

    [Fact]
    public async Task Touying2022_StatesStudyPublicityAndCoverageAsTheSeed()
    {
        var text = await DraftedAsync("990100103000", 2022);

        // “党委中心组理论学习学法13次，镇村干部‘八五’普法学习12次，召开专题研讨会4次，邀请法律顾问举办法律讲堂2次”
        text.ShouldContain("组织党委理论学习中心组学法13次");
        text.ShouldContain("镇村干部集中学法12次");
        text.ShouldContain("召开专题研讨会4次");
        text.ShouldContain("举办法治讲座2次");
        // “到镇辖区中小学开展法制宣传6次……共发放各类宣传资料8000余份，受教育5680余人次，各村张贴宣传标语60多条(幅)，
        // 开展……法律法规宣传55余次，宣传覆盖率达到98.5%”
        text.ShouldContain("进中小学、幼儿园开展法治宣传6场");
        text.ShouldContain("发放各类宣传资料8000余份");
        text.ShouldContain("受教育5680余人次");
        text.ShouldContain("张贴标语60张");
        text.ShouldContain("开展法治宣传活动55场");
        text.ShouldContain("宣传覆盖率达到98.5%");
        // Part 三: “年初制定法治政法建设工作要点，年末进行总结，每季度听取法治政法建设工作专题汇报一次”
        var leaderDuties = (await PartsAsync("990100103000", 2022)).LeaderDuties;
        leaderDuties.ShouldContain("听取法治建设工作专题汇报4次");
        leaderDuties.ShouldContain("年初制定法治建设工作要点");
        leaderDuties.ShouldContain("年末进行总结");
        leaderDuties.ShouldContain("党政主要负责人述法2人次");
        text.Contains("年末进行总结", StringComparison.Ordinal).ShouldBeFalse("第一责任人履职写入第三部分，不在第一部分");
    }

    [Fact]
    public async Task Taixia2022_StatesStudyTrainingAndPublicityAsTheSeed()
    {
        var text = await DraftedAsync("990100102000", 2022);

        text.ShouldContain("组织党委理论学习中心组学法6次");          // “理论中心组集中学法6次”
        text.ShouldContain("其中行政执法人员业务培训3场");            // “开展行政执法人员业务培训3场”
        text.ShouldContain("面向群众开展法治巡讲2场");                // “共开展2场培训……受益人群1000多人”
        text.ShouldContain("受益1000余人次");
        text.ShouldContain("开展法治宣传活动3场");                    // “共举办各类普法活动3场次、上法制课2场，受教育人数达1200多人次”
        text.ShouldContain("进中小学、幼儿园开展法治宣传2场");
        text.ShouldContain("受教育1200余人次");
        text.ShouldContain("中小学配备法治副校长1名");                // “配备一名法治副校长”
    }

    [Fact]
    public async Task Heshi2024_StatesTheTwentyThreeActivitiesAndWhatTheyHandedOut()
    {
        var text = await DraftedAsync("990100104000", 2024);

        // “组织了23场法治宣传活动，发放各类法律法规宣传资料15000余份，送出法律书籍300余册，悬挂横幅35条，张贴标语2500余张，受教育人数达10000余人次”
        text.ShouldContain("开展法治宣传活动23场");
        text.ShouldContain("发放各类宣传资料15000余份");
        text.ShouldContain("送出法律书籍300余册");
        text.ShouldContain("悬挂横幅35条");
        text.ShouldContain("张贴标语2500余张");
        text.ShouldContain("受教育10000余人次");
        text.ShouldContain("建成民主法治示范村（社区）1个");
    }

    [Fact]
    public async Task Xiaojiang2022_StatesAntiDrugSchoolsAndFullAttendanceAsTheSeed()
    {
        var text = await DraftedAsync("990100101000", 2022);

        // “禁毒宣传活动423场，悬挂LED电子横幅33条，派发宣传单张19680余册”
        text.ShouldContain("禁毒宣传活动423场");
        text.ShouldContain("悬挂横幅33条");
        text.ShouldContain("发放各类宣传资料19680余份");
        // “中小学幼儿园法治宣传……15场次宣传，覆盖师生600余人”
        text.ShouldContain("进中小学、幼儿园开展法治宣传15场");
        text.ShouldContain("覆盖师生600余人次");   // “覆盖师生600余人”
        // “基层党员干部普法参学率和合格率达到100%”
        text.ShouldContain("参学率100%");
        text.ShouldContain("合格率100%");
    }

    [Fact]
    public async Task Figures_AreYearTrue_AnotherYearOfTheSameTownshipStatesNoneOfThem()
    {
        var text = await DraftedAsync("990100103000", 2023);

        text.ShouldNotContain("学法13次");
        text.ShouldNotContain("8000余份");
    }
}
