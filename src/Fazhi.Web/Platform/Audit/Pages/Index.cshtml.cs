using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;

namespace Fazhi.Platform.Audit.Pages;

internal sealed class IndexModel(AuditTrailQueries queries, AuditChainVerifier verifier, AuditPresenter presenter, Data.FazhiDbContext db) : PageModel, IStepPage
{
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditChainLabels.Chain> Chains { get; private set; } = [];

    public IReadOnlyList<string> RecordTypes { get; private set; } = [];

    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + AuditTrailQueries.PageSize - 1) / AuditTrailQueries.PageSize);

    /// <summary>Verdicts of the last 校验, by chain key.</summary>
    public Dictionary<string, AuditChainVerification> Verifications { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [WhoMay<AuditChainVerifiedByAdministrator>]
    public async Task<IActionResult> OnPostVerifyAsync(string? chain, CancellationToken ct)
    {
        var results = string.IsNullOrWhiteSpace(chain) ? await verifier.VerifyAllAsync(ct) : [await verifier.VerifyAsync(chain, ct)];
        foreach (var result in results)
        {
            Verifications[result.ChainKey] = result;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var names = await AuditChainLabels.TownshipNamesAsync(db, ct);
        var rows = (await queries.ExportAsync(Filter, ct)).Select(e => new Dictionary<string, object?>
        {
            ["时间"] = e.LocalTime,
            ["审计链"] = e.ChainKey == AuditChains.Platform ? AuditChainLabels.PlatformLabel : names.GetValueOrDefault(e.ChainKey, e.ChainKey),
            ["序号"] = e.Sequence,
            ["操作人"] = e.UserName,
            ["操作"] = e.ActionLabel,
            ["记录类型"] = presenter.Record(e.RecordType),
            ["记录编号"] = e.RecordId,
            ["变更内容"] = presenter.FullText(e),
            ["记录ID"] = e.Id.ToString(),
        }).ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "审计日志", cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "审计日志.xlsx");
    }

    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["Filter.Chain"] = Filter.Chain,
            ["Filter.RecordType"] = Filter.RecordType,
            ["Filter.User"] = Filter.User,
            ["Filter.From"] = Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.To"] = Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.Text"] = Filter.Text,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/audit", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    public string ExportLink() => PageLink(1).Replace("/admin/audit?", "/admin/audit?handler=Export&", StringComparison.Ordinal);

    public string ChainLabel(string key) => Chains.FirstOrDefault(c => c.Key == key)?.Label ?? key;

    async Task<bool> IStepPage.LoadAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return true;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Chains = await AuditChainLabels.ChainsAsync(db, ct);
        RecordTypes = [.. (await queries.RecordTypesAsync(ct)).OrderBy(presenter.Record, StringComparer.Ordinal)];
        if (Filter.From is { } from && Filter.To is { } to && to < from)
        {
            ModelState.AddModelError("Filter.To", "结束日期不能早于开始日期。");
        }

        (Entries, Total) = await queries.SearchAsync(Filter, PageNumber, ct);
    }
}
