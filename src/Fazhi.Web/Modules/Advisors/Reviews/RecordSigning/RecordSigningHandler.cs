using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Reviews.RecordSigning;

internal sealed record RecordSigningRequest(DateOnly? On);

internal sealed class SigningRecordedByClerkOrLeader() : WhoMayRule(
    "advisors.reviews.signing.who", "合同签订情况由法制员或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordSigningHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<ContractReview?> HandleAsync(Actor actor, Guid id, RecordSigningRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<SigningRecordedByClerkOrLeader>().Check(actor);
        if (await db.Set<ContractReview>().SingleOrDefaultAsync(r => r.Id == id, ct) is not { } review)
        {
            return null;
        }

        var today = Platform.Time.ChinaTime.Today(clock);
        review.Sign(form.On ?? today, today);
        await db.SaveChangesAsync(ct);
        return review;
    }
}
