using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Education.Trainings.ImportTrainings;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Education.Trainings;

/// <summary>法治培训台账 of a year, its export and the import step (posting here with handler=Import).</summary>
internal sealed class TrainingsPage(TrainingLedger ledger, ImportTrainingsHandler import, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<Training> Rows { get; private set; } = [];

    public ImportReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var year = Year ?? Platform.Time.ChinaTime.Today(clock).Year;
        return File(await ledger.ExportAsync(User.ToActor().TownshipId!.Value, year, ct), Sheet.ContentType, $"法治培训台账-{year}.xlsx");
    }

    [WhoMay<TrainingsRecordedByOrganisers>]
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
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
            Report = await import.HandleAsync(User.ToActor(), buffer, ct);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= Platform.Time.ChinaTime.Today(clock).Year;
        Rows = await ledger.OfYearAsync(User.ToActor().TownshipId!.Value, Year.Value, ct);
    }
}
