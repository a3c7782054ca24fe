using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Disputes.Figures;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Disputes;

/// <summary>
/// The seeds' figures come from the demo records: 小江镇 2022 “人民调解共66宗（其中书面调解27宗，口头调解39宗），调解涉案金额约
/// 73.39万元，村居律师参与人民调解7宗，纠纷受理率达到100%，调处成功率达到100%” and 河市镇 2024 “全镇共化解矛盾纠纷217件”,
/// both answered by one call for the two townships together.
/// </summary>
public sealed class DisputeSeedFigureTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task SeedTownships_StateTheirReportsFiguresExactly()
    {
        var (xiaojiang, heshi) = await app.WithDbAsync(async db =>
            (await db.Set<Township>().Where(t => t.DivisionCode == "990100101000").Select(t => t.Id).SingleAsync(),
             await db.Set<Township>().Where(t => t.DivisionCode == "990100104000").Select(t => t.Id).SingleAsync()));

        var (of2022, of2024) = await app.InScopeAsync(TenantContext.System, async services =>
        {
            var source = services.GetServices<IIndicatorSource>().OfType<DisputeIndicatorSource>().Single();
            return (await source.ForTownshipsAsync([xiaojiang, heshi], 2022, CancellationToken.None), await source.ForTownshipsAsync([xiaojiang, heshi], 2024, CancellationToken.None));
        });

        of2022[xiaojiang].Sentence.ShouldBe("本年度人民调解共66宗，其中书面调解27宗，口头调解39宗，调解涉案金额约73.39万元，村居律师参与人民调解7宗，纠纷受理率达到100%，调处成功率达到100%。");
        of2024[heshi].Indicators.Single(i => i.Key == "disputes.findings-resolved").Value.ShouldBe(217);
        of2024[heshi].Sentence.ShouldStartWith("本年度排查化解矛盾纠纷217件");
        // Year-true: nothing of 小江镇's 2022 ledger counts in 2024, and 河市镇 had nothing in 2022.
        of2024[xiaojiang].Indicators.Single(i => i.Key == "disputes.mediation-cases").Value.ShouldBe(0);
        of2022[heshi].HasRecords.ShouldBeFalse();
    }
}
