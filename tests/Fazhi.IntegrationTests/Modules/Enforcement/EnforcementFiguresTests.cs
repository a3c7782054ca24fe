using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>小江镇's 2022 enforcement figures, as its annual report states them, come out of the records.</summary>
public sealed class EnforcementFiguresTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Figures_ForXiaojiang2022_AreTheSeedReportsFigures()
    {
        var township = await app.WithDbAsync(db => db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100101000"));
        var tenant = TenantContext.ForTownship(Guid.NewGuid(), "小江镇法制员", township.CountyId, township.Id);

        var figures = await app.InScopeAsync(tenant, services =>
            services.GetRequiredService<IEnforcementFigures>().ForYearAsync(township.Id, 2022, CancellationToken.None));

        figures.CasesFiled.ShouldBe(14);
        figures.CasesClosed.ShouldBe(7);
        figures.CasesInProgress.ShouldBe(7);
        figures.LegalReviews.ShouldBe(9);
        figures.DecisionsPublished.ShouldBe(9);
        figures.PowerItems.ShouldBe(299);
        figures.OfficersTotal.ShouldBe(47);
        figures.OfficersPassedExam.ShouldBe(26);
        figures.Sentence.ShouldBe("本年度行政处罚案件立案共14宗，已结案7宗，在办7宗，开展重大执法决定法制审核9件，案件公示9件。");
    }
}
