using Fazhi.Modules.Advisors.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Engagements.RecordService;

internal sealed class RecordServicePage(RecordServiceHandler handler, FazhiDbContext db) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AdvisorContract Contract { get; private set; } = null!;

    public RecordServiceRequest Form { get; private set; } = RecordServiceRequest.Blank;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<ServicesRecordedByAdvisorOrClerk>]
    public async Task<IActionResult> OnPostAsync(RecordServiceRequest form, CancellationToken ct)
    {
        Form = form;
        if (await handler.HandleAsync(User.ToActor(), Id, form, ct) is not { } service)
        {
            return NotFound();
        }

        TempData["Flash"] = $"已登记{AdvisorLabels.Service(service.Kind)}：{service.Subject}。";
        return Redirect($"/workspace/advisors/{Id}");
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.Set<AdvisorContract>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id, ct) is not { } contract)
        {
            return false;
        }

        Contract = contract;
        return true;
    }
}
