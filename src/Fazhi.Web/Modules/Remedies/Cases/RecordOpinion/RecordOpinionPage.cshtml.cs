using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Modules.Remedies.Cases.RecordOpinion;

internal sealed class RecordOpinionPage(CaseDesk desk, RecordOpinionHandler handler) : CaseStepPage(desk)
{
    public RecordOpinionRequest Form { get; private set; } = RecordOpinionRequest.Blank;

    [WhoMay<OpinionsRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordOpinionRequest form, CancellationToken ct)
    {
        Form = form;
        return Done(await handler.HandleAsync(User.ToActor(), Id, form, ct), c => $"已登记行政复议意见书 {c.OpinionNumber}，纠正情况应在六十日内报送。");
    }
}
