using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Decisions.CollectiveMatters;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Decisions.Pages;

internal sealed class CollectiveMattersModel(FazhiDbContext db, CollectiveMatterRegister register) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public CollectiveMatterCategory? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public MatterInput Input { get; set; } = new();

    public int Total { get; private set; }

    public List<CollectiveMatter> Matters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var matter = await register.RegisterAsync(db.Tenant.TownshipId!.Value,
            new CollectiveMatterRequest(Input.Category, Input.Topic!, Input.Proposer!, Input.Background!, Input.Amount, null), ct);
        return Redirect($"/workspace/decisions/collective-matters/{matter.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= register.Today.Year;
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Set<CollectiveMatter>().Where(m => m.Year == Year);
        if (Category is not null)
        {
            query = query.Where(m => m.Category == Category);
        }

        Total = await query.CountAsync(ct);
        Matters = await query.OrderByDescending(m => m.RegisteredOn).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }
}

internal sealed class MatterInput
{
    public CollectiveMatterCategory Category { get; set; } = CollectiveMatterCategory.LargeFunds;

    [Required(ErrorMessage = "请填写议题。"), MaxLength(200, ErrorMessage = "议题不超过 200 字。")]
    public string? Topic { get; set; }

    [Required(ErrorMessage = "请填写提议人。"), MaxLength(100, ErrorMessage = "提议人不超过 100 字。")]
    public string? Proposer { get; set; }

    [Required(ErrorMessage = "请填写事项说明。"), MaxLength(4000, ErrorMessage = "说明不超过 4000 字。")]
    public string? Background { get; set; }

    [Range(0, 100000000000, ErrorMessage = "金额无效。")]
    public decimal? Amount { get; set; }
}
