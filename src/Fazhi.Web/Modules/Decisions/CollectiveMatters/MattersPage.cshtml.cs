using Fazhi.Modules.Decisions.CollectiveMatters.Register;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.CollectiveMatters;

/// <summary>The 三重一大 register: a year's matters with their decisions, paged in SQL, and the form to register one.</summary>
internal sealed class MattersPage(FazhiDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public CollectiveMatterCategory? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public List<CollectiveMatterResponse> Matters { get; private set; } = [];

    public bool MayRegister { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Set<CollectiveMatter>().Where(m => m.Year == Year);
        if (Category is not null)
        {
            query = query.Where(m => m.Category == Category);
        }

        Total = await query.CountAsync(ct);
        Matters = await query.OrderByDescending(m => m.RegisteredOn).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new CollectiveMatterResponse(m.Id, m.Year, m.Category, m.Topic, m.Proposer, m.Amount, m.RegisteredOn, m.Outcome, m.DecidedOn, m.MeetingId))
            .ToListAsync(ct);
        MayRegister = WhoMayRule.Of<CollectiveMattersRegisteredByClerkOrLeader>().Admits(User.ToActor());
    }

    public static RegisterCollectiveMatterRequest NewMatter => RegisterCollectiveMatterRequest.Blank;
}
