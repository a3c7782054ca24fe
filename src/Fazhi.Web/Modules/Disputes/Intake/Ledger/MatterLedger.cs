using System.Globalization;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Disputes.Intake.Ledger;

/// <summary>The filters of the matters ledger (群众诉求台账); every field optional.</summary>
internal sealed class MatterFilter
{
    public int? Year { get; set; }

    public MatterChannel? Channel { get; set; }

    public MatterCategory? Category { get; set; }

    public MatterProcedure? Procedure { get; set; }

    public MatterStatus? Status { get; set; }

    public Guid? VillageId { get; set; }

    /// <summary>Receipt number, subject, content, requester's name or phone, ticket or reference number.</summary>
    public string? Q { get; set; }

    public string Query() =>
        string.Join("&", new[]
        {
            Year is { } y ? $"Filter.Year={y}" : null, Channel is { } c ? $"Filter.Channel={c}" : null, Category is { } k ? $"Filter.Category={k}" : null,
            Procedure is { } p ? $"Filter.Procedure={p}" : null, Status is { } s ? $"Filter.Status={s}" : null, VillageId is { } v ? $"Filter.VillageId={v}" : null,
            string.IsNullOrWhiteSpace(Q) ? null : $"Filter.Q={Uri.EscapeDataString(Q)}",
        }.OfType<string>());
}

/// <summary>群众诉求台账: the intake's ledger over every channel and procedure, filtered and paged in SQL, exported to Excel.</summary>
internal sealed class MatterLedger(FazhiDbContext db)
{
    public const int PageSize = 20;

    public IQueryable<Matter> Query(MatterFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Set<Matter>().IgnoreAutoIncludes().AsNoTracking();
        if (filter.Year is { } year)
        {
            query = query.Where(m => m.Year == year);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(m => m.Channel == channel);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(m => m.Category == category);
        }

        if (filter.Procedure is { } procedure)
        {
            query = query.Where(m => m.Procedure == procedure);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        if (filter.VillageId is { } village)
        {
            query = query.Where(m => m.VillageId == village);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(m => m.ReceiptNumber.Contains(q) || m.Subject.Contains(q) || m.Content.Contains(q) || m.RequesterName.Contains(q)
                || (m.RequesterPhone != null && m.RequesterPhone.Contains(q)) || (m.ExternalReference != null && m.ExternalReference.Contains(q)));
        }

        return query;
    }

    public async Task<(List<Matter> Rows, int Total)> PageAsync(MatterFilter filter, int page, CancellationToken ct)
    {
        var query = Query(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(m => m.ReceivedOn).ThenByDescending(m => m.Sequence).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>The ledger as clerks keep it in Excel: one row per matter, repeats marked, in order of receipt.</summary>
    public async Task<byte[]> ExportAsync(MatterFilter filter, CancellationToken ct)
    {
        var matters = await Query(filter).OrderBy(m => m.ReceivedOn).ThenBy(m => m.Sequence).ToListAsync(ct);
        var receipts = matters.ToDictionary(m => m.Id, m => m.ReceiptNumber);
        var n = 0;
        var rows = matters.Select(m => new Dictionary<string, object?>
        {
            ["序号"] = ++n,
            ["回执号"] = m.ReceiptNumber,
            ["收到日期"] = Day(m.ReceivedOn),
            ["来源渠道"] = DisputeLabels.Channel(m.Channel),
            ["转交办单号或工单号"] = m.ExternalReference ?? "",
            ["诉求人"] = m.RequesterName,
            ["联系电话"] = m.RequesterPhone ?? "",
            ["所在村（社区）"] = m.VillageName ?? "",
            ["诉求类别"] = DisputeLabels.Category(m.Category),
            ["所属领域"] = DisputeLabels.Topic(m.Topic),
            ["事项摘要"] = m.Subject,
            ["诉求内容"] = m.Content,
            ["办理程序"] = DisputeLabels.Procedure(m.Procedure),
            ["承办科室"] = m.OfficeName ?? "",
            ["承办人"] = m.AssigneeName ?? "",
            ["答复日期"] = Day(m.RepliedOn),
            ["答复内容"] = m.ReplyText ?? "",
            ["满意度"] = m.Satisfaction is { } s ? DisputeLabels.Satisfaction(s) : "",
            ["办结日期"] = Day(m.ClosedOn),
            ["状态"] = DisputeLabels.Status(m.Status),
            ["重复反映（关联首次登记）"] = m.LinkedToId is { } first ? receipts.GetValueOrDefault(first, "是") : "",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "群众诉求台账", cancellationToken: ct);
        return stream.ToArray();
    }

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
