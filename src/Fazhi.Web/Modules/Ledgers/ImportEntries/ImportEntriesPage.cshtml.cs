using Fazhi.Modules.Ledgers.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Ledgers.ImportEntries;

internal sealed class ImportEntriesPage(ImportEntriesHandler handler, LedgerQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string LedgerName { get; private set; } = "";

    public string Columns { get; private set; } = "";

    public EntryImportReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    [WhoMay<LedgerEntriesKeptByStaff>]
    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择要导入的 Excel 文件（.xlsx）。");
            return Page();
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        Report = await handler.HandleAsync(User.ToActor(), Id, buffer, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var ledger = await queries.DefinitionAsync(Id, ct);
        if (ledger is null)
        {
            return false;
        }

        LedgerName = ledger.Name;
        Columns = string.Join("、", ledger.Current.Schema.Fields.Select(f => f.Column).Prepend(Register.LedgerExcel.DateColumn));
        return true;
    }
}
