using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Revocation;

/// <summary>撤销处罚决定 (行政处罚法 第七十五条: 发现有错误的，应当主动改正): the day and the reason.</summary>
public sealed record RevokeDecisionRequest(
    DateOnly? On,
    [Required(ErrorMessage = "请填写撤销理由。"), MaxLength(1000, ErrorMessage = "撤销理由不超过 1000 字。")] string Reason)
{
    public static RevokeDecisionRequest Blank() => new(null, "");
}

internal sealed class RevokeDecisionHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, RevokeDecisionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<DecisionRevokedByResponsiblePerson>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var on = CaseSteps.ActDate(request.On, @case.DecidedOn, "撤销决定", Platform.Time.ChinaTime.Today(clock));
        @case.Revoke(on, request.Reason.Trim());
        if (await db.Set<PenaltyDisclosure>().AnyAsync(d => d.CaseId == @case.Id && d.IsPublic, ct))
        {
            // 第四十八条第二款: the publication of a revoked decision is withdrawn within three working days.
            await deadlines.OpenAsync(EnforcementDeadlines.Withdrawal(options.Value), @case.TownshipId, CaseSteps.Subject(@case), on, ct);
        }

        await db.SaveChangesAsync(ct);
        return @case;
    }
}
