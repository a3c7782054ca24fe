using Fazhi.Platform.Procedures;
using Fazhi.Platform.Auth;
using System.Globalization;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;

namespace Fazhi.Modules.Enforcement.Powers;

/// <summary>One row of a county's 下放目录 sheet, in the column order the county publishes.</summary>
internal sealed class PowerRow
{
    [ExcelColumnName("事项编码")]
    public string? Code { get; set; }

    [ExcelColumnName("事项名称")]
    public string? Name { get; set; }

    [ExcelColumnName("职权类别")]
    public string? Category { get; set; }

    [ExcelColumnName("设定依据")]
    public string? LegalBasis { get; set; }

    [ExcelColumnName("处罚种类")]
    public string? PenaltyKinds { get; set; }

    [ExcelColumnName("罚款下限")]
    public string? FineMin { get; set; }

    [ExcelColumnName("罚款上限")]
    public string? FineMax { get; set; }

    [ExcelColumnName("实施主体")]
    public string? ActingBody { get; set; }

    [ExcelColumnName("下放部门")]
    public string? DelegatedFrom { get; set; }

    [ExcelColumnName("承接日期")]
    public string? EffectiveFrom { get; set; }

    [ExcelColumnName("取消日期")]
    public string? WithdrawnOn { get; set; }
}

internal sealed record ImportFailure(int RowNumber, string Code, string Reason);

internal sealed record ImportReport(int Added, int Updated, IReadOnlyList<ImportFailure> Failures);

/// <summary>
/// Imports and exports the penalty power catalogue (行政处罚权事项目录) as an Excel sheet: every row is checked, good rows
/// are added or updated by code, bad rows are reported with the reason and nothing of them is saved. Items are
/// effective-dated (ADR 0017): 承接日期 defaults to the day of import for a new item, and a 取消日期 withdraws an item
/// without deleting it, so the catalogue of an earlier year stays what it was.
/// </summary>
internal sealed class PowerCatalog(FazhiDbContext db, TimeProvider clock, AttachmentOptions fileLimits)
{
    public static readonly string[] Columns = ["事项编码", "事项名称", "职权类别", "设定依据", "处罚种类", "罚款下限", "罚款上限", "实施主体", "下放部门", "承接日期", "取消日期"];

    /// <summary>
    /// Rows one import may hold. A township's delegated catalogue has a few hundred items (小江镇: 299); a sheet of a
    /// million rows is no catalogue, and reading it would hold the server for seconds and answer with a report of 100 MB.
    /// </summary>
    public const int MaxRows = 5_000;

    public async Task<ImportReport> ImportAsync(Actor by, Guid townshipId, Stream xlsx, CancellationToken ct)
    {
        WhoMayRule.Of<PowerCatalogKeptByClerkOrLeader>().Check(by);
        ArgumentNullException.ThrowIfNull(xlsx);
        var rows = new List<PowerRow>();
        try
        {
            // What the sheet unpacks to is checked before it is read (a 522 KB workbook can unpack to 512 MiB).
            AttachmentSniffer.EnsurePackageWithinLimits("导入文件", xlsx, fileLimits);
            foreach (var row in await xlsx.QueryAsync<PowerRow>(cancellationToken: ct))
            {
                rows.Add(row);
                BusinessRule.Check(new ImportWithinRowLimit(rows.Count, MaxRows));
            }
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or NotSupportedException or ArgumentException or System.Xml.XmlException)
        {
            return new ImportReport(0, 0, [new ImportFailure(0, "", "文件不是有效的 Excel 工作簿（.xlsx），请使用导出的模板填写")]);
        }

        var today = Platform.Time.ChinaTime.Today(clock);
        var existing = await db.Set<PowerItem>().Where(p => p.TownshipId == townshipId).ToDictionaryAsync(p => p.Code, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<ImportFailure>();
        int added = 0, updated = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var number = i + 2; // header is row 1
            var code = row.Code?.Trim() ?? "";
            if (string.IsNullOrWhiteSpace(row.Name) && string.IsNullOrEmpty(code))
            {
                continue; // blank line
            }

            var problem = Validate(row, code, seen, out var min, out var max);
            DateOnly effectiveFrom = today;
            DateOnly? withdrawnOn = null;
            problem ??= ValidateDates(row, existing.GetValueOrDefault(code), today, out effectiveFrom, out withdrawnOn);
            if (problem is not null)
            {
                failures.Add(new ImportFailure(number, code, problem));
                continue;
            }

            seen.Add(code);
            if (!existing.TryGetValue(code, out var item))
            {
                item = new PowerItem { TownshipId = townshipId, Code = code };
                db.Add(item);
                existing[code] = item;
                added++;
            }
            else
            {
                updated++;
            }

            item.EffectiveFrom = effectiveFrom;
            item.WithdrawnOn = withdrawnOn;

            item.Name = row.Name!.Trim();
            item.Category = string.IsNullOrWhiteSpace(row.Category) ? "行政处罚" : row.Category.Trim();
            item.LegalBasis = row.LegalBasis!.Trim();
            item.PenaltyKinds = row.PenaltyKinds!.Trim();
            item.FineMin = min;
            item.FineMax = max;
            item.ActingBody = row.ActingBody?.Trim() ?? "";
            item.DelegatedFrom = row.DelegatedFrom?.Trim() ?? "";
            item.IsPublic = true;
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(added, updated, failures);
    }

    private static string? Validate(PowerRow row, string code, HashSet<string> seen, out decimal? min, out decimal? max)
    {
        min = max = null;
        if (string.IsNullOrEmpty(code))
        {
            return "缺少事项编码";
        }

        if (code.Length > 50)
        {
            return "事项编码超过 50 个字符";
        }

        if (seen.Contains(code))
        {
            return "事项编码在表中重复";
        }

        if (string.IsNullOrWhiteSpace(row.Name))
        {
            return "缺少事项名称";
        }

        if (string.IsNullOrWhiteSpace(row.LegalBasis))
        {
            return "缺少设定依据（行政处罚须有法定依据，《行政处罚法》第四条）";
        }

        if (string.IsNullOrWhiteSpace(row.PenaltyKinds))
        {
            return "缺少处罚种类";
        }

        if (!TryAmount(row.FineMin, out min) || !TryAmount(row.FineMax, out max))
        {
            return "罚款金额不是有效数字";
        }

        if (min is not null && max is not null && min > max)
        {
            return "罚款下限大于上限";
        }

        if ((min is not null || max is not null) && !row.PenaltyKinds.Contains("罚款", StringComparison.Ordinal))
        {
            return "填写了罚款幅度，但处罚种类中没有罚款";
        }

        return null;
    }

    /// <summary>
    /// 承接日期 of the row, or the item's own, or today for a new item; 取消日期 if the row gives one. A withdrawn item stays
    /// withdrawn unless the row states a new 取消日期 (an import never silently restores a power the county took back).
    /// </summary>
    private static string? ValidateDates(PowerRow row, PowerItem? existing, DateOnly today, out DateOnly effectiveFrom, out DateOnly? withdrawnOn)
    {
        effectiveFrom = existing?.EffectiveFrom ?? today;
        withdrawnOn = existing?.WithdrawnOn;
        if (!string.IsNullOrWhiteSpace(row.EffectiveFrom))
        {
            if (TryDate(row.EffectiveFrom) is not { } from)
            {
                return "承接日期不是有效日期（如 2022-01-01）";
            }

            effectiveFrom = from;
        }

        if (!string.IsNullOrWhiteSpace(row.WithdrawnOn))
        {
            if (TryDate(row.WithdrawnOn) is not { } to)
            {
                return "取消日期不是有效日期（如 2026-07-01）";
            }

            withdrawnOn = to;
        }

        var order = new PowerWithdrawnAfterEffect(effectiveFrom, withdrawnOn);
        return order.IsBroken ? order.Message : null;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyy/M/d H:mm:ss", "yyyy-MM-dd HH:mm:ss", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm:ss tt"];

    private static DateOnly? TryDate(string text)
    {
        var value = text.Trim();
        if (DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return DateOnly.FromDateTime(parsed);
        }

        // A date cell read as its serial number (Excel's 1900 date system).
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial))
            : null;
    }

    private static bool TryAmount(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var cleaned = text.Trim().Replace("元", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var multiplier = 1m;
        if (cleaned.EndsWith('万'))
        {
            multiplier = 10000m;
            cleaned = cleaned[..^1];
        }

        if (!decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            return false;
        }

        amount = value * multiplier;
        return true;
    }

    public async Task<byte[]> ExportAsync(Guid townshipId, CancellationToken ct)
    {
        var items = await db.Set<PowerItem>().Where(p => p.TownshipId == townshipId).OrderBy(p => p.Code).ToListAsync(ct);
        var rows = items.Select(p => new Dictionary<string, object?>
        {
            ["事项编码"] = p.Code,
            ["事项名称"] = p.Name,
            ["职权类别"] = p.Category,
            ["设定依据"] = p.LegalBasis,
            ["处罚种类"] = p.PenaltyKinds,
            ["罚款下限"] = p.FineMin?.ToString("0.##", CultureInfo.InvariantCulture),
            ["罚款上限"] = p.FineMax?.ToString("0.##", CultureInfo.InvariantCulture),
            ["实施主体"] = p.ActingBody,
            ["下放部门"] = p.DelegatedFrom,
            ["承接日期"] = p.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["取消日期"] = p.WithdrawnOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, cancellationToken: ct);
        return stream.ToArray();
    }
}

/// <summary>One import holds at most <see cref="PowerCatalog.MaxRows"/> rows; a larger sheet is refused before anything is saved.</summary>
internal sealed record ImportWithinRowLimit(int Rows, int MaxRows) : IBusinessRule
{
    public bool IsBroken => Rows > MaxRows;

    public string Code => "enforcement.powers.import-too-many-rows";

    public string Message => $"导入的表格超过 {MaxRows} 行，已拒绝导入（未保存任何一行）。乡镇的行政处罚权事项目录一般为数百项，请检查是否选错了文件，或分批导入。";
}
