using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Drafting;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Education;

/// <summary>
/// The 村民小组 register is effective-dated (ADR 0017): a group set up in 2026 counts in 2026's 宣传覆盖率 and not in
/// 2025's, a group merged away in mid-2025 counts in 2024 only; the sheet carries 设立日期 and 撤销日期 both ways, and a
/// group merged before it was set up is refused on its row.
/// </summary>
public sealed class VillageGroupRegisterTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Touying = "990100103000";

    private Task<int> GroupsCountedAsync(int year) =>
        app.InScopeAsync(TenantContext.System, async services =>
        {
            var township = await services.GetRequiredService<Fazhi.Platform.Data.FazhiDbContext>().Set<Township>().SingleAsync(t => t.DivisionCode == Touying);
            var groups = await services.GetRequiredService<ReportWorkflow>().IndicatorsAsync(township.Id, year, CancellationToken.None);
            return groups.SelectMany(g => g.Indicators).Single(i => i.Key == "education.publicity.coverage-rate").Whole ?? 0;
        });

    [Fact]
    public async Task GroupsSetUpAndMerged_CountInTheYearsTheyStood_AndTheSheetCarriesTheirDates()
    {
        var clerk = await app.ClientForAsync("touying.clerk");
        var village = EducationApi.Rows(await clerk.GetByteArrayAsync("/workspace/education/registers/village-groups?handler=Export"))[0]["村（社区）"];
        var before = (Y2024: await GroupsCountedAsync(2024), Y2025: await GroupsCountedAsync(2025), Y2026: await GroupsCountedAsync(2026));
        var sheet = EducationApi.Workbook(["村（社区）", "村民小组", "设立日期", "撤销日期"],
            [village, "新建安置小区组", "2026-03-01", ""],
            [village, "撤并老屋场组", "", "2025-06-30"],
            [village, "日期颠倒组", "2025-08-01", "2025-02-01"]);

        var report = (await clerk.PostFileAsync($"{EducationApi.Base}/registers/village-groups/import", "file", "村民小组.xlsx", sheet, EducationApi.Xlsx)).Json;

        report.GetProperty("saved").GetInt32().ShouldBe(2);
        report.GetProperty("errors")[0].GetProperty("row").GetInt32().ShouldBe(4);
        report.GetProperty("errors")[0].GetProperty("reason").GetString()!.ShouldContain("撤销（合并）日期早于设立日期");
        (await GroupsCountedAsync(2024)).ShouldBe(before.Y2024 + 1, "the merged group stood at the end of 2024");
        (await GroupsCountedAsync(2025)).ShouldBe(before.Y2025, "merged in June 2025, the new one not yet set up");
        (await GroupsCountedAsync(2026)).ShouldBe(before.Y2026 + 1, "set up in March 2026");
        var exported = EducationApi.Rows(await clerk.GetByteArrayAsync("/workspace/education/registers/village-groups?handler=Export"));
        exported.Single(r => r["村民小组"] == "新建安置小区组")["设立日期"].ShouldBe("2026-03-01");
        exported.Single(r => r["村民小组"] == "撤并老屋场组")["撤销日期"].ShouldBe("2025-06-30");
        (await clerk.GetStringAsync("/workspace/education/activities/new")).ShouldNotContain("撤并老屋场组");
    }
}
