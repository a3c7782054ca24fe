using System.Globalization;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Data;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Writs;

/// <summary>
/// The module's writs as DOCX from their templates: the 调解协议书 (人民调解法 第二十九条: parties; facts and issues; terms,
/// manner and time of performance), the 信访事项受理告知书 (信访工作条例 第二十三条) and the 信访处理意见书 (第三十二条). A
/// township's own template in the data folder's templates/ folder replaces the shipped one of the same file name.
/// </summary>
internal sealed class WritWriter(IOptions<DisputesOptions> options, FazhiStorageOptions storage, TownshipDirectory directory, IntakeDesk intake)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<byte[]> AgreementAsync(MediationCase c, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        var parties = c.Parties.OrderBy(p => p.Side).ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["编号"] = c.Number,
            ["当事人"] = string.Join("\n", parties.Select(p => $"{DisputeLabels.Side(p.Side)}：{p.Name}{(p.Address is null ? "" : "，住" + p.Address)}{(p.Phone is null ? "" : "，电话" + p.Phone)}")),
            ["纠纷事实"] = c.Facts,
            ["调解委员会"] = c.CommitteeName,
            ["协议内容"] = c.AgreementTerms ?? "",
            ["履行方式"] = c.PerformanceManner ?? "",
            ["履行期限"] = Long(c.PerformanceDueOn),
            ["份数"] = ChineseCount(parties.Count + 1),
            ["签名栏"] = string.Join("\n", parties.Select(p => $"{DisputeLabels.Side(p.Side)}：{p.Name}　　　　　　年　　月　　日")),
            ["调解员"] = c.MediatorSigner ?? string.Join("、", c.Mediators.Select(m => m.Name)),
            ["日期"] = Long(c.AgreementReachedOn),
        };
        return DocxTemplate.Fill(await TemplateAsync("mediation-agreement.docx", ct), values);
    }

    public async Task<byte[]> AcceptanceNoticeAsync(Petition p, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(p);
        var matter = await intake.GetAsync(p.MatterId, ct);
        var township = await directory.TownshipAsync(p.TownshipId, ct);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["编号"] = p.Number,
            ["信访人"] = matter.RequesterName,
            ["收到日期"] = Long(p.ReceivedOn),
            ["信访形式"] = DisputeLabels.Channel(matter.Channel),
            ["信访事项"] = p.Subject,
            ["告知内容"] = p.AcceptanceNote ?? "",
            ["办理期限"] = p.HandlingDueOn is { } due ? $"本机关将于{Long(due)}前办结并出具信访处理意见书。" : "",
            ["机关"] = township.GovernmentName,
            ["日期"] = Long(p.NoticeIssuedOn),
        };
        return DocxTemplate.Fill(await TemplateAsync("petition-acceptance-notice.docx", ct), values);
    }

    public async Task<byte[]> OpinionAsync(Petition p, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(p);
        var matter = await intake.GetAsync(p.MatterId, ct);
        var township = await directory.TownshipAsync(p.TownshipId, ct);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["编号"] = p.Number,
            ["信访人"] = matter.RequesterName,
            ["收到日期"] = Long(p.ReceivedOn),
            ["受理日期"] = Long(p.AcceptedOn),
            ["投诉请求"] = p.OpinionRequest ?? "",
            ["事实和理由"] = p.OpinionFacts ?? "",
            ["处理结果"] = p.OpinionResult is { } r ? DisputeLabels.Opinion(r) : "",
            ["处理意见"] = p.OpinionText ?? "",
            ["法律依据"] = p.OpinionBasis ?? "",
            ["复查机关"] = "本机关的上一级机关",
            ["机关"] = township.GovernmentName,
            ["日期"] = Long(p.OpinionIssuedOn),
        };
        return DocxTemplate.Fill(await TemplateAsync("petition-opinion.docx", ct), values);
    }

    private async Task<byte[]> TemplateAsync(string name, CancellationToken ct)
    {
        var folder = Path.Combine(storage.DataFolder, options.Value.TemplateFolder);
        var own = Path.Combine(folder, name);
        if (File.Exists(own))
        {
            return await File.ReadAllBytesAsync(own, ct);
        }

        await using var resource = typeof(WritWriter).Assembly.GetManifestResourceStream($"Fazhi.Modules.Disputes.Writs.Templates.{name}")
            ?? throw new InvalidOperationException($"Template {name} is not embedded.");
        using var buffer = new MemoryStream();
        await resource.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>2026年11月23日, as official writs date themselves.</summary>
    public static string Long(DateOnly? day) => day is { } d ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : "　　年　　月　　日";

    private static string ChineseCount(int n) => n switch
    {
        2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八", 9 => "九", 10 => "十",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
