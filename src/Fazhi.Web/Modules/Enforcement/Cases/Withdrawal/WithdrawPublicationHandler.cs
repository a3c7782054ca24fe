using Fazhi.Modules.Disclosure.Contracts;
using Fazhi.Modules.Enforcement.Cases.Rules;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Withdrawal;

/// <summary>撤回公示 (行政处罚法 第四十八条第二款): the day the revoked decision left the portal; the reason is the revocation's.</summary>
internal sealed record WithdrawPublicationRequest(DateOnly? On)
{
    public static WithdrawPublicationRequest Blank() => new((DateOnly?)null);
}

internal sealed class WithdrawPublicationHandler(FazhiDbContext db, IDeadlines deadlines, IDisclosureCatalogue catalogue, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, WithdrawPublicationRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<PublicationWithdrawnByClerkOrLeader>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var disclosure = await db.Set<PenaltyDisclosure>().SingleOrDefaultAsync(d => d.CaseId == @case.Id && d.IsPublic, ct);
        BusinessRule.Check(new WithdrawalNeedsPublishedDecision(disclosure is not null));
        BusinessRule.Check(new WithdrawalOnlyAfterRevocation(@case.IsRevoked));
        var on = CaseSteps.ActDate(request.On, @case.RevokedOn, "撤回公示", Platform.Time.ChinaTime.Today(clock));
        disclosure!.IsPublic = false;
        disclosure.WithdrawnOn = on;
        disclosure.WithdrawalReason = @case.RevocationReason;
        await catalogue.WithdrawAsync("enforcement", disclosure.Id, on, ct);
        await deadlines.MeetAsync(EnforcementDeadlines.Withdrawal(options.Value).Code, @case.Id, on, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
