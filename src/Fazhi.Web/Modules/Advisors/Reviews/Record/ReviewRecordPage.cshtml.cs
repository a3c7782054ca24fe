using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Advisors.Reviews.GiveOpinion;
using Fazhi.Modules.Advisors.Reviews.RecordSigning;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Reviews.Record;

internal sealed class ReviewRecordPage(FazhiDbContext db, AuditTrailQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ContractReview Review { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public bool MayReview => WhoMayRule.Of<OpinionGivenByAdvisorOrClerk>().Admits(User.ToActor());

    public bool MaySign => WhoMayRule.Of<SigningRecordedByClerkOrLeader>().Admits(User.ToActor());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.Set<ContractReview>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == Id, ct) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        History = await audit.HistoryOfAsync<ContractReview>(Id, ct);
        return Page();
    }
}
