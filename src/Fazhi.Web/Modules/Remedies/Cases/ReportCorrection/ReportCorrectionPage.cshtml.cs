using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Remedies.Cases.ReportCorrection;

internal sealed class ReportCorrectionPage(CaseDesk desk, ReportCorrectionHandler handler) : CaseStepPage(desk)
{
    public ReportCorrectionRequest Form { get; private set; } = ReportCorrectionRequest.Blank;

    [WhoMay<CorrectionsReportedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(ReportCorrectionRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), c => $"已登记于 {c.CorrectionReportedOn:yyyy-MM-dd} 报送纠正情况。");
    }
}
