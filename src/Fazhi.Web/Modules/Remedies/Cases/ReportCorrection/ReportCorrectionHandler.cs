using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.ReportCorrection;

/// <summary>报送纠正情况 (行政复议法 第76条): what the township corrected, reported to the reconsideration organ.</summary>
public sealed record ReportCorrectionRequest(
    [Required(ErrorMessage = "请填写纠正情况。"), MaxLength(4000, ErrorMessage = "纠正情况不超过 4000 字。")] string Report,
    DateOnly? On)
{
    public static ReportCorrectionRequest Blank { get; } = new("", null);
}

/// <summary>The report goes out under the government's name: the clerk who drafted it or a leader records it.</summary>
internal sealed class CorrectionsReportedByClerkOrLeader() : WhoMayRule(
    "remedies.cases.correction.who", "纠正情况由法制员或领导登记报送。", Roles.LegalClerk, Roles.Leader);

/// <summary>Records the report and meets the 60-day deadline on the board (late if after it), in one save.</summary>
internal sealed class ReportCorrectionHandler(CaseDesk desk)
{
    public async Task<RemedyCase?> HandleAsync(Actor actor, Guid id, ReportCorrectionRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<CorrectionsReportedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } c)
        {
            return null;
        }

        var on = form.On ?? desk.Today;
        c.ReportCorrection(on, form.Report, desk.Today);
        await desk.Deadlines.MeetAsync(RemedyDeadlines.CorrectionReportCode, c.Id, on, ct);
        await desk.Db.SaveChangesAsync(ct);
        return c;
    }
}
