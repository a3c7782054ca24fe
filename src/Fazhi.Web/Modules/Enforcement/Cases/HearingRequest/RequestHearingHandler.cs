using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.HearingRequest;

/// <summary>当事人要求听证 (行政处罚法 第六十三条、第六十四条第（一）项): the day the party asked.</summary>
internal sealed record RequestHearingRequest(DateOnly? On)
{
    public static RequestHearingRequest Blank() => new((DateOnly?)null);
}

internal sealed class RequestHearingHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, RequestHearingRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<HearingRequestRecordedByCaseHandlers>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var on = CaseSteps.ActDate(request.On, @case.NoticedOn, "申请听证", Platform.Time.ChinaTime.Today(clock));
        // A case not yet noticed has no period to ask within: the stage rule of the aggregate says so.
        var deadline = @case.NoticedOn is { } noticed ? (await deadlines.ComputeDueAsync(EnforcementDeadlines.HearingRequest(options.Value), noticed, ct)).Date : on;
        @case.RequestHearing(on, deadline);
        await deadlines.MeetAsync(EnforcementDeadlines.HearingRequest(options.Value).Code, @case.Id, on, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
