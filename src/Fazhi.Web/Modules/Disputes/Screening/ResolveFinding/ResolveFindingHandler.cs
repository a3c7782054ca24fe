using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Screening.ResolveFinding;

public sealed record ResolveFindingRequest(
    DateOnly? ResolvedOn,
    [Required(ErrorMessage = "请写明化解情况。"), MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string Resolution);

internal sealed class FindingResolvedByStaff() : WhoMayRule(
    "disputes.screening.resolve.who", "矛盾纠纷化解情况由法制员（司法所）或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class ResolveFindingHandler(FazhiDbContext db, Fazhi.Modules.Disputes.Screening.ScreeningQueries screening, IntakeDesk intake, IDeadlines deadlines)
{
    public async Task<ScreeningFinding> HandleAsync(Actor actor, Guid id, ResolveFindingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<FindingResolvedByStaff>().Check(actor);
        var f = await screening.GetAsync(id, ct);
        var on = request.ResolvedOn ?? intake.Today;
        f.Resolve(on, request.Resolution, intake.Today);
        if (f.LeaderDueOn is not null)
        {
            await deadlines.MeetAsync(DisputeDeadlines.LeaderCaseCode, f.Id, on, ct);
        }
        await db.SaveChangesAsync(ct);
        return f;
    }
}
