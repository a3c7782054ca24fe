using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.AnnualReport.Publish;

/// <summary>向社会公布 (第49条): the approved report goes on the township's portal page with its Word file.</summary>
public sealed record PublishReportRequest(
    [Required(ErrorMessage = "请填写报告年度。"), Range(2019, 2100, ErrorMessage = "年度应在 2019—2100 之间。")] int? Year,
    DateOnly? On);

internal sealed class DisclosureReportPublishedByClerkOrLeader() : WhoMayRule(
    "disclosure.annual-report.publish.who", "审定的年度报告由法制员或领导在门户网站公布。", Roles.LegalClerk, Roles.Leader);

internal sealed class PublishReportHandler(DisclosureReportDesk desk, Contracts.IDisclosureCatalogue catalogue)
{
    public async Task<DisclosureReport> HandleAsync(Actor actor, PublishReportRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<DisclosureReportPublishedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff publish the township's report.");
        var report = await desk.FindAsync(townshipId, form.Year!.Value, ct);
        BusinessRule.Check(new ReportApprovedBeforePublication(report is not null));
        var on = form.On ?? desk.Today;
        report!.Publish(on, desk.Today);
        await desk.Deadlines.MeetAsync(DisclosureReportDesk.PublicationCode, report.Id, on, ct);
        var code = await desk.Db.Set<Fazhi.Modules.Organization.Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(ct);
        await catalogue.FileAsync(new Contracts.CatalogueFiling("disclosure", report.Id, townshipId, Contracts.CatalogueCategory.OtherByLaw, report.Title, report.Overview,
            report.ApprovedOn, on, $"/t/{code}/disclosure/annual-reports/{report.Year}"), ct);
        await desk.Db.SaveChangesAsync(ct);
        return report;
    }
}
