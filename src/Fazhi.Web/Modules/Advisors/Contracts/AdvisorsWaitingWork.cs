using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.WaitingWork;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Contracts;

/// <summary>
/// 待我办理 of the legality review register (ADR 0027), in one query: a contract or other matter sent for review waits
/// on the township's legal advisors until one gives the opinion — it must come before signing, or the signing is flagged
/// (《法治政府建设实施纲要（2021—2025年）》: 合同签订前进行合法性审查). The register sends a matter to the township's
/// advisors as a whole, so every advisor account of the township sees it; an advisor of another township never does.
/// </summary>
internal sealed class AdvisorsWaitingWork(FazhiDbContext db) : IWaitingWorkSource
{
    private const string Area = "合法性审查";

    public async Task<IReadOnlyList<WaitingItem>> ForAsync(WaitingFor who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Is(Roles.LegalAdvisor))
        {
            return [];
        }

        var rows = await db.Set<ContractReview>().AsNoTracking()
            .Where(r => r.TownshipId == who.TownshipId && r.ReviewedOn == null)
            .Select(r => new { r.Id, r.Title, r.Counterparty, r.SubmittedOn, r.SignedOn })
            .ToListAsync(cancellationToken);

        return
        [
            .. rows.Select(r => new WaitingItem(Area, "出具合法性审查意见", r.Title, $"/workspace/advisors/reviews/{r.Id}", null,
                r.SignedOn is { } signed
                    ? $"已于 {signed:yyyy-MM-dd} 签订，未经审查即签订已标记"
                    : $"{r.SubmittedOn:yyyy-MM-dd} 送审，相对方：{r.Counterparty}；签订前出具意见")),
        ];
    }
}
