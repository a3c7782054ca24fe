using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Reports.Contracts;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Disclosure;

/// <summary>河市镇's 2026 applications, made through the handlers, as the register, the board and the report state them.</summary>
public sealed class DisclosureDemoDataTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task Heshi2026_ReportStatesTheRegistersFigures()
    {
        var heshi = await app.WithDbAsync(db => db.Set<Township>().SingleAsync(t => t.DivisionCode == "990100104000"));

        var group = await app.InScopeAsync(TenantContext.System, services =>
            services.GetServices<IIndicatorSource>().Single(s => s.GetType().Name == "DisclosureIndicatorSource").ForTownshipAsync(heshi.Id, 2026, default));

        group.Heading.ShouldBe("深化政务公开");
        group.Sentence.ShouldBe("本年度受理政府信息公开申请4件，依法答复3件，按期答复率100%，予以公开或告知获取途径1件。");
    }

    [Fact]
    public async Task Heshi_RunningApplication_HasItsReplyDeadlineOnTheBoard_AndTheWithheldOneLeftTheConsultationOut()
    {
        var requests = await app.WithDbAsync(db => db.Set<DisclosureRequest>().IgnoreQueryFilters().Where(r => r.Number.StartsWith("GK2026")).ToListAsync());
        var running = requests.Single(r => r.State == RequestState.InProgress && r.ApplicantName == "河市镇桥头村股份经济合作社");
        var withheld = requests.Single(r => r.ReplyType == ReplyType.Refused && r.ApplicantName == "陈志强");

        var deadline = await app.WithDbAsync(db => db.Set<Deadline>().IgnoreQueryFilters().SingleAsync(d => d.SubjectId == running.Id && d.RuleCode == DisclosureDeadlines.ReplyCode));
        deadline.DueDate.ShouldBe(new DateOnly(2026, 12, 14));
        deadline.IsOpen.ShouldBeTrue();
        withheld.PausedWorkingDays.ShouldBeGreaterThan(0);
        withheld.ExtensionDays.ShouldBe(10);
        withheld.RepliedInTime.ShouldBeTrue();
    }
}
