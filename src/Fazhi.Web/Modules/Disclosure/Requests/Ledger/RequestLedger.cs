using System.Globalization;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Disclosure.Requests.Ledger;

/// <summary>The filters of the 依申请公开登记台账.</summary>
internal sealed class RequestFilter
{
    public int? Year { get; set; }

    public RequestState? State { get; set; }

    public ReplyType? Reply { get; set; }

    public string? Q { get; set; }
}

/// <summary>
/// 依申请公开登记台账 (第45条: 登记、审核、办理、答复、归档): the register, filtered and paged in SQL, exported in the
/// columns clerks keep it in today.
/// </summary>
internal sealed class RequestLedger(FazhiDbContext db)
{
    public IQueryable<DisclosureRequest> Query(RequestFilter filter)
    {
        var query = db.Set<DisclosureRequest>().AsNoTracking();
        if (filter.Year is { } year)
        {
            query = query.Where(r => r.Year == year);
        }

        if (filter.State is { } state)
        {
            query = query.Where(r => r.State == state);
        }

        if (filter.Reply is { } reply)
        {
            query = query.Where(r => r.ReplyType == reply);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(r => r.Number.Contains(q) || r.ApplicantName.Contains(q) || r.Description.Contains(q));
        }

        return query.OrderByDescending(r => r.Year).ThenByDescending(r => r.Sequence);
    }

    public async Task<(IReadOnlyList<DisclosureRequest> Rows, int Total)> PageAsync(RequestFilter filter, int page, int size, CancellationToken ct)
    {
        var query = Query(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((Math.Max(1, page) - 1) * size).Take(size).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<byte[]> ExportAsync(RequestFilter filter, CancellationToken ct)
    {
        var rows = (await Query(filter).ToListAsync(ct)).OrderBy(r => r.Year).ThenBy(r => r.Sequence).Select(r => new Dictionary<string, object?>
        {
            ["受理编号"] = r.Number,
            ["申请人"] = r.ApplicantName,
            ["申请人类型"] = DisclosureLabels.Applicant(r.ApplicantKind),
            ["联系电话"] = r.Phone,
            ["申请方式"] = DisclosureLabels.Channel(r.Channel),
            ["提交日期"] = Date(r.SubmittedOn),
            ["收到申请之日"] = Date(r.ReceivedOn),
            ["所需信息"] = r.Description,
            ["提供形式"] = $"{DisclosureLabels.Form(r.DeliveryForm)}，{DisclosureLabels.Way(r.DeliveryWay)}",
            ["补正"] = r.CorrectionNoticeOn is { } c ? $"{Date(c)}告知，{(r.CorrectedOn is { } d ? Date(d) + "补正" : "未补正")}" : "",
            ["征求第三方意见"] = r.ConsultationSentOn is { } s ? $"{Date(s)}发出，{(r.ThirdPartyAnswer is { } a ? DisclosureLabels.Answer(a) : "进行中")}" : "",
            ["延长"] = r.ExtensionDays > 0 ? $"{r.ExtensionDays}个工作日" : "",
            ["答复期限"] = Date(r.ReplyDueOn),
            ["答复日期"] = Date(r.RepliedOn),
            ["答复类型"] = r.ReplyType is { } t ? DisclosureLabels.Reply(t) : "",
            ["不予公开理由"] = r.RefusalGround is { } g ? DisclosureLabels.Ground(g) : "",
            ["是否按期"] = r.RepliedOn is null ? "" : r.RepliedInTime ? "按期" : "逾期",
            ["状态"] = DisclosureLabels.State(r.State),
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "依申请公开登记台账", cancellationToken: ct);
        return stream.ToArray();
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
