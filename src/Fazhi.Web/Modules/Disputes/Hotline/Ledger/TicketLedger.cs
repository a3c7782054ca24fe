using System.Globalization;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Disputes.Hotline.Ledger;

internal sealed class TicketFilter
{
    public int? Year { get; set; }

    public HotlineCategory? Category { get; set; }

    public HotlineTicketStatus? Status { get; set; }

    public string? Q { get; set; }

    public string Query() =>
        string.Join("&", new[]
        {
            Year is { } y ? $"Filter.Year={y}" : null, Category is { } c ? $"Filter.Category={c}" : null, Status is { } s ? $"Filter.Status={s}" : null,
            string.IsNullOrWhiteSpace(Q) ? null : $"Filter.Q={Uri.EscapeDataString(Q)}",
        }.OfType<string>());
}

internal sealed record TicketRow(HotlineTicket Ticket, Matter Matter);

/// <summary>12345 工单台账: paged in SQL; exported with the hotline sheet's columns first, so the export imports again.</summary>
internal sealed class TicketLedger(FazhiDbContext db)
{
    public const int PageSize = 20;

    private IQueryable<TicketRow> Query(TicketFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var tickets = db.Set<HotlineTicket>().AsQueryable();
        if (filter.Year is { } year)
        {
            tickets = tickets.Where(t => t.ReceivedOn >= new DateOnly(year, 1, 1) && t.ReceivedOn <= new DateOnly(year, 12, 31));
        }

        if (filter.Category is { } category)
        {
            tickets = tickets.Where(t => t.Category == category);
        }

        if (filter.Status is { } status)
        {
            tickets = tickets.Where(t => t.Status == status);
        }

        // Filter and order on the joined pair; the row record is built last (EF cannot see through a constructor
        // projection to filter on its members, so a search composed after it answered 500).
        var rows = from t in tickets join m in db.Set<Matter>().IgnoreAutoIncludes() on t.MatterId equals m.Id select new { Ticket = t, Matter = m };
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            rows = rows.Where(r => r.Ticket.TicketNumber.Contains(q) || r.Ticket.Subject.Contains(q) || r.Matter.RequesterName.Contains(q) || (r.Matter.RequesterPhone != null && r.Matter.RequesterPhone.Contains(q)));
        }

        return rows.OrderByDescending(r => r.Ticket.ReceivedOn).ThenByDescending(r => r.Ticket.TicketNumber).Select(r => new TicketRow(r.Ticket, r.Matter));
    }

    public async Task<(List<TicketRow> Rows, int Total)> PageAsync(TicketFilter filter, int page, CancellationToken ct)
    {
        var query = Query(filter);
        return (await query.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct), await query.CountAsync(ct));
    }

    public async Task<byte[]> ExportAsync(TicketFilter filter, CancellationToken ct)
    {
        var rows = (await Query(filter).ToListAsync(ct)).OrderBy(r => r.Ticket.ReceivedOn).ThenBy(r => r.Ticket.TicketNumber).Select(r => new Dictionary<string, object?>
        {
            ["工单编号"] = r.Ticket.TicketNumber,
            ["派单时间"] = Day(r.Ticket.ReceivedOn),
            ["诉求类型"] = DisputeLabels.HotlineCategory(r.Ticket.Category),
            ["紧急程度"] = r.Ticket.Urgent ? "紧急" : "一般",
            ["诉求人"] = r.Matter.RequesterName,
            ["联系电话"] = r.Matter.RequesterPhone ?? "",
            ["所属村（社区）"] = r.Matter.VillageName ?? "",
            ["诉求标题"] = r.Ticket.Subject,
            ["诉求内容"] = r.Matter.Content,
            ["诉求地址"] = r.Matter.RequesterAddress ?? "",
            ["承办科室"] = r.Ticket.OfficeName ?? "",
            ["承办人"] = r.Ticket.AssigneeName ?? "",
            ["答复期限"] = Day(r.Ticket.DueOn),
            ["答复日期"] = Day(r.Ticket.RepliedOn),
            ["按期答复"] = r.Ticket.RepliedOn is null ? "" : r.Ticket.RepliedOnTime ? "是" : "否",
            ["答复内容"] = r.Ticket.ReplyText ?? "",
            ["满意度"] = r.Ticket.Satisfaction is { } s ? DisputeLabels.Satisfaction(s) : "",
            ["退单理由"] = r.Ticket.ReturnReason ?? "",
            ["状态"] = DisputeLabels.TicketStatus(r.Ticket.Status),
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "12345工单台账", cancellationToken: ct);
        return stream.ToArray();
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
