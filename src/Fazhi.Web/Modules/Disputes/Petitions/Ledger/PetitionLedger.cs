using System.Globalization;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Disputes.Petitions.Ledger;

internal sealed class PetitionFilter
{
    public int? Year { get; set; }

    public PetitionSource? Source { get; set; }

    public PetitionStatus? Status { get; set; }

    public string? Q { get; set; }

    public string Query() =>
        string.Join("&", new[]
        {
            Year is { } y ? $"Filter.Year={y}" : null, Source is { } s ? $"Filter.Source={s}" : null, Status is { } t ? $"Filter.Status={t}" : null,
            string.IsNullOrWhiteSpace(Q) ? null : $"Filter.Q={Uri.EscapeDataString(Q)}",
        }.OfType<string>());
}

internal sealed record PetitionRow(Petition Petition, string Requester, MatterChannel Channel);

/// <summary>信访事项台账: filtered and paged in SQL, exported with the petitioner as the register keeps it.</summary>
internal sealed class PetitionLedger(FazhiDbContext db)
{
    public const int PageSize = 20;

    private IQueryable<PetitionRow> Query(PetitionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var petitions = db.Set<Petition>().AsQueryable();
        if (filter.Year is { } year)
        {
            petitions = petitions.Where(p => p.Year == year);
        }

        if (filter.Source is { } source)
        {
            petitions = petitions.Where(p => p.Source == source);
        }

        if (filter.Status is { } status)
        {
            petitions = petitions.Where(p => p.Status == status);
        }

        var rows = from p in petitions
                   join m in db.Set<Matter>().IgnoreAutoIncludes() on p.MatterId equals m.Id
                   select new { p, m.RequesterName, m.Channel };
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            rows = rows.Where(r => r.p.Number.Contains(q) || r.p.Subject.Contains(q) || r.RequesterName.Contains(q));
        }

        return rows.OrderByDescending(r => r.p.ReceivedOn).ThenByDescending(r => r.p.Sequence)
            .Select(r => new PetitionRow(r.p, r.RequesterName, r.Channel));
    }

    public async Task<(List<PetitionRow> Rows, int Total)> PageAsync(PetitionFilter filter, int page, CancellationToken ct)
    {
        var query = Query(filter);
        return (await query.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct), await query.CountAsync(ct));
    }

    public async Task<byte[]> ExportAsync(PetitionFilter filter, CancellationToken ct)
    {
        var rows = (await Query(filter).ToListAsync(ct)).OrderBy(r => r.Petition.ReceivedOn).ThenBy(r => r.Petition.Sequence).Select(r => new Dictionary<string, object?>
        {
            ["编号"] = r.Petition.Number,
            ["收到日期"] = Day(r.Petition.ReceivedOn),
            ["信访人"] = r.Requester,
            ["信访形式"] = DisputeLabels.Channel(r.Channel),
            ["来源"] = DisputeLabels.PetitionSource(r.Petition.Source),
            ["转送交办机关"] = r.Petition.FromOrgan ?? "",
            ["信访事项"] = r.Petition.Subject,
            ["受理日期"] = Day(r.Petition.AcceptedOn),
            ["当场告知"] = r.Petition.NoticeOnTheSpot ? "是" : "",
            ["处理途径"] = r.Petition.Route is { } route ? DisputeLabels.Route(route) : "",
            ["办结期限"] = Day(r.Petition.HandlingDueOn),
            ["延期（日）"] = r.Petition.ExtensionDays == 0 ? "" : r.Petition.ExtensionDays.ToString(CultureInfo.InvariantCulture),
            ["出具处理意见书日期"] = Day(r.Petition.OpinionIssuedOn),
            ["处理意见"] = r.Petition.OpinionResult is { } o ? DisputeLabels.Opinion(o) : "",
            ["按期办结"] = r.Petition.OpinionIssuedOn is null ? "" : r.Petition.AnsweredOnTime ? "是" : "否",
            ["复查"] = r.Petition.ReviewResult is { } rv ? DisputeLabels.Review(rv) : r.Petition.ReviewRequestedOn is null ? "" : "复查中",
            ["复核"] = r.Petition.ReReviewResult is { } rr ? DisputeLabels.Review(rr) : r.Petition.ReReviewRequestedOn is null ? "" : "复核中",
            ["状态"] = DisputeLabels.PetitionStatus(r.Petition.Status),
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "信访事项台账", cancellationToken: ct);
        return stream.ToArray();
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
