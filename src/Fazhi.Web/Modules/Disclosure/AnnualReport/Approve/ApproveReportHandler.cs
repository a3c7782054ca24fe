using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disclosure.AnnualReport.Approve;

/// <summary>审定: a leader approves the report of a past year as drafted from the records; the text is frozen.</summary>
public sealed record ApproveReportRequest([Required(ErrorMessage = "请填写报告年度。"), Range(2019, 2100, ErrorMessage = "年度应在 2019—2100 之间。")] int? Year);

/// <summary>The report is the government's: its head (a leader) approves it before it is published (第49条).</summary>
internal sealed class DisclosureReportApprovedByLeader() : WhoMayRule(
    "disclosure.annual-report.approve.who", "政府信息公开工作年度报告由领导审定。", Roles.Leader);

internal sealed class ApproveReportHandler(DisclosureReportDesk desk, DisclosureAnnualQuery query)
{
    public async Task<DisclosureReport> HandleAsync(Actor actor, ApproveReportRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<DisclosureReportApprovedByLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township leaders approve the township's report.");
        var year = form.Year!.Value;
        var existing = await desk.FindAsync(townshipId, year, ct);
        BusinessRule.Check(new ReportApprovedOnce(existing?.ApprovedOn));
        var township = await desk.Db.Set<Township>().Where(t => t.Id == townshipId).Select(t => new { t.Name, t.GovernmentName }).SingleAsync(ct);
        var figures = await query.ForAsync(townshipId, year, ct);
        var report = DisclosureReport.Approve(townshipId, year, DisclosureAnnualReport.Title(township.GovernmentName, year), DisclosureAnnualReport.Overview(figures),
            DisclosureReportDesk.SerializeTables(DisclosureAnnualReport.Tables(figures)), DisclosureAnnualReport.Write(township.GovernmentName, figures), actor.Name, desk.Today);
        desk.Db.Add(report);
        // Approved before the new-year sweep ran: the duty goes on the board now, so publication has a deadline to meet.
        if (!(await desk.Deadlines.ForSubjectAsync(report.Id, ct)).Any(d => d.RuleCode == DisclosureReportDesk.PublicationCode))
        {
            await desk.Deadlines.OpenAsync(desk.Publication(year), townshipId, DisclosureReportDesk.Subject(townshipId, township.Name, year), new DateOnly(year, 12, 31), ct);
        }

        await desk.Db.SaveChangesAsync(ct);
        return report;
    }
}
