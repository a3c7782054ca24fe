using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Reviews.RecordSigning;

internal sealed class RecordSigningPage(RecordSigningHandler handler, FazhiDbContext db) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ContractReview Review { get; private set; } = null!;

    public RecordSigningRequest Form { get; private set; } = new(null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<SigningRecordedByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(RecordSigningRequest form, CancellationToken ct)
    {
        Form = form;
        if (await handler.HandleAsync(User.ToActor(), Id, form, ct) is not { } r)
        {
            return NotFound();
        }

        TempData["Flash"] = r.SignedBeforeReview ? $"已登记于 {r.SignedOn:yyyy-MM-dd} 签订。该合同签订时未经合法性审查，已在台账中标记为先签后审。" : $"已登记于 {r.SignedOn:yyyy-MM-dd} 签订。";
        return Redirect($"/workspace/advisors/reviews/{Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.Set<ContractReview>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == Id, ct) is not { } review)
        {
            return false;
        }

        Review = review;
        return true;
    }
}
