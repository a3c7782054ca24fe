using System.Globalization;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Modules.Disputes.Mediation.Cases.Ledger;

internal sealed class CaseFilter
{
    public int? Year { get; set; }

    public Guid? CommitteeId { get; set; }

    public MediationStatus? Status { get; set; }

    public AgreementForm? Form { get; set; }

    public bool? Lawyer { get; set; }

    public string? Q { get; set; }

    public string Query() =>
        string.Join("&", new[]
        {
            Year is { } y ? $"Filter.Year={y}" : null, CommitteeId is { } c ? $"Filter.CommitteeId={c}" : null, Status is { } s ? $"Filter.Status={s}" : null,
            Form is { } f ? $"Filter.Form={f}" : null, Lawyer is { } l ? $"Filter.Lawyer={l}" : null, string.IsNullOrWhiteSpace(Q) ? null : $"Filter.Q={Uri.EscapeDataString(Q)}",
        }.OfType<string>());
}

/// <summary>人民调解案件台账: filtered and paged in SQL; exported in the columns the historical ledger import reads.</summary>
internal sealed class CaseLedger(FazhiDbContext db)
{
    public const int PageSize = 20;

    public static readonly string[] Columns =
        ["编号", "受理日期", "调解委员会", "启动方式", "纠纷类型", "案由", "纠纷简要情况", "申请人", "被申请人", "涉案金额（元）", "调解员", "律师参与", "调解结果", "协议形式", "协议内容", "协议生效日期", "履行期限", "履行情况", "终结日期"];

    public IQueryable<MediationCase> Query(CaseFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Set<MediationCase>().AsQueryable();
        if (filter.Year is { } year)
        {
            query = query.Where(c => c.Year == year);
        }

        if (filter.CommitteeId is { } committee)
        {
            query = query.Where(c => c.CommitteeId == committee);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.Form is { } form)
        {
            query = query.Where(c => c.AgreementForm == form);
        }

        if (filter.Lawyer is { } lawyer)
        {
            query = query.Where(c => c.LawyerInvolved == lawyer);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(c => c.Number.Contains(q) || c.Summary.Contains(q) || c.Facts.Contains(q) || c.Parties.Any(p => p.Name.Contains(q)));
        }

        return query;
    }

    public async Task<(List<MediationCase> Rows, int Total)> PageAsync(CaseFilter filter, int page, CancellationToken ct)
    {
        var query = Query(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.AcceptedOn).ThenByDescending(c => c.Sequence).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<byte[]> ExportAsync(CaseFilter filter, CancellationToken ct)
    {
        var cases = await Query(filter).OrderBy(c => c.AcceptedOn).ThenBy(c => c.Sequence).ToListAsync(ct);
        var rows = cases.Select(c => new Dictionary<string, object?>
        {
            ["编号"] = c.Number,
            ["受理日期"] = Day(c.AcceptedOn),
            ["调解委员会"] = c.CommitteeName,
            ["启动方式"] = DisputeLabels.Start(c.Start),
            ["纠纷类型"] = DisputeLabels.Topic(c.Topic),
            ["案由"] = c.Summary,
            ["纠纷简要情况"] = c.Facts,
            ["申请人"] = string.Join("、", c.Parties.Where(p => p.Side == PartySide.Applicant).Select(p => p.Name)),
            ["被申请人"] = string.Join("、", c.Parties.Where(p => p.Side == PartySide.Respondent).Select(p => p.Name)),
            ["涉案金额（元）"] = c.AmountInvolved,
            ["调解员"] = string.Join("、", c.Mediators.Select(m => m.Name)),
            ["律师参与"] = c.LawyerInvolved ? "是" : "否",
            ["调解结果"] = Outcome(c),
            ["协议形式"] = c.AgreementForm switch { AgreementForm.Written => "书面", AgreementForm.Oral => "口头", _ => "" },
            ["协议内容"] = c.AgreementTerms ?? "",
            ["协议生效日期"] = Day(c.AgreementEffectiveOn),
            ["履行期限"] = Day(c.PerformanceDueOn),
            ["履行情况"] = c.Performance is { } p ? DisputeLabels.Performance(p) : "",
            ["终结日期"] = Day(c.EndedOn),
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "人民调解案件台账", cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>The ledger's 调解结果 column: what the import reads back.</summary>
    public static string Outcome(MediationCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Status switch
        {
            MediationStatus.Agreed or MediationStatus.Performed => "调解成功",
            MediationStatus.Failed => "调解不成",
            MediationStatus.Refused => "当事人拒绝调解",
            MediationStatus.AgreementPendingSignature => "协议待签署",
            MediationStatus.Accepted or MediationStatus.Mediating => "调解中",
            _ => "",
        };
    }

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
