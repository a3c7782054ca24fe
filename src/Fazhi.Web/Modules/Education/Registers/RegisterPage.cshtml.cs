using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Registers.ImportRegister;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Registers;

/// <summary>One register: its rows in the sheet's columns, export, print and the import step.</summary>
internal sealed class RegisterPage(FazhiDbContext db, ImportRegisterHandler import, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public RegisterKind Register { get; private set; }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows { get; private set; } = [];

    public ImportReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return File(Sheet.Write(Rows, RegisterSheets.Columns(Register), "台账"), Sheet.ContentType, $"{RegisterSheets.Title(Register)}.xlsx");
    }

    [WhoMay<RegistersKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct) => await ImportAsync(file, ct);

    /// <summary>The responsibility list is the 普法 plan's and has its own rule.</summary>
    [WhoMay<PublicityPlanKeptByClerkOrLeader>]
    public async Task<IActionResult> OnPostImportPlanAsync(IFormFile? file, CancellationToken ct) => await ImportAsync(file, ct);

    private async Task<IActionResult> ImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (RegisterSheets.FromSlug(Kind) is not { } kind)
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择要导入的 Excel 文件（.xlsx）。");
        }
        else
        {
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            Report = await import.HandleAsync(User.ToActor(), kind, buffer, ct);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (RegisterSheets.FromSlug(Kind) is not { } kind)
        {
            return false;
        }

        Register = kind;
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        Rows = await RegisterSheets.RowsAsync(db, User.ToActor().TownshipId!.Value, kind, Year.Value, ct);
        return true;
    }
}
