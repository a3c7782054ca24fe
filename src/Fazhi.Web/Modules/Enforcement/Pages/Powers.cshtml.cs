using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Pages;

internal sealed class PowersModel(FazhiDbContext db, PowerCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public int Total { get; private set; }

    public List<PowerItem> Items { get; private set; } = [];

    public ImportReport? Report { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [WhoMay<PowerCatalogKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = "请选择要导入的 Excel 文件。";
        }
        else if (!Upload.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Error = "仅支持 .xlsx 格式的 Excel 文件。";
        }
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            try
            {
                Report = await catalog.ImportAsync(User.ToActor(), db.Tenant.TownshipId!.Value, buffer, ct);
            }
            catch (BusinessRuleException refused)
            {
                // Too many rows or a workbook that unpacks too far: nothing was saved, say why beside the form.
                Error = refused.Message;
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Set<PowerItem>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query = query.Where(p => p.Name.Contains(Q) || p.Code.Contains(Q) || p.LegalBasis.Contains(Q));
        }

        Total = await query.CountAsync(ct);
        Items = await query.OrderBy(p => p.Code).Skip((PageNumber - 1) * 50).Take(50).ToListAsync(ct);
    }
}
