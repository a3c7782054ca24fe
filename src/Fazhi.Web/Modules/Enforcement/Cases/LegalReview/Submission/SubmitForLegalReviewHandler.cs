using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.LegalReview.Submission;

/// <summary>提请法制审核 (行政处罚法 第五十八条): the day the case file went to the reviewers.</summary>
internal sealed record SubmitForLegalReviewRequest(DateOnly? On)
{
    public static SubmitForLegalReviewRequest Blank() => new((DateOnly?)null);
}

internal sealed class SubmitForLegalReviewHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, SubmitForLegalReviewRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LegalReviewRequestedByCaseHandlers>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var on = CaseSteps.ActDate(request.On, @case.NoticedOn, "提请法制审核", Platform.Time.ChinaTime.Today(clock));
        @case.RequestLegalReview(on);
        await deadlines.OpenAsync(EnforcementDeadlines.LegalReview(options.Value), @case.TownshipId, CaseSteps.Subject(@case), on, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
