using System.Globalization;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;

namespace Fazhi.Modules.Disputes.Writs;

/// <summary>
/// The module's writs as DOCX written in code (<see cref="WritDocument"/>): the 调解协议书 (人民调解法 第二十九条: parties; facts and issues; terms,
/// manner and time of performance), the 信访事项受理告知书 (信访工作条例 第二十三条) and the 信访处理意见书 (第三十二条).
/// </summary>
internal sealed class WritWriter(TownshipDirectory directory, IntakeDesk intake)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Agreement(MediationCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var parties = c.Parties.OrderBy(p => p.Side).ToList();
        var mediators = c.MediatorSigner ?? string.Join("、", c.Mediators.Select(m => m.Name));
        var writ = new WritDocument()
            .Title("人民调解协议书")
            .Number(c.Number)
            .Heading("当事人")
            .Line(string.Join("\n", parties.Select(p => $"{DisputeLabels.Side(p.Side)}：{p.Name}{(p.Address is null ? "" : "，住" + p.Address)}{(p.Phone is null ? "" : "，电话" + p.Phone)}")))
            .Heading("纠纷主要事实、争议事项")
            .Text(c.Facts)
            .Heading("协议内容")
            .Text($"经{c.CommitteeName}调解，双方当事人自愿达成如下协议：")
            .Text(c.AgreementTerms ?? "")
            .Heading("履行方式、期限")
            .Text($"{c.PerformanceManner}，于{Long(c.PerformanceDueOn)}前履行完毕。")
            // 人民调解法 第二十九条 (effective when signed and sealed) and 第三十三条 (30 days for 司法确认).
            .Text($"本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。本协议一式{ChineseCount(parties.Count + 1)}份，当事人各执一份，人民调解委员会留存一份。")
            .Line("当事人（签名、盖章或按指印）：")
            .Line(string.Join("\n", parties.Select(p => $"{DisputeLabels.Side(p.Side)}：{p.Name}　　　　　　年　　月　　日")))
            .Line($"人民调解员（签名）：{mediators}")
            .Right($"{c.CommitteeName}（印章）")
            .Right(Long(c.AgreementReachedOn));
        return writ.ToDocx("人民调解协议书");
    }

    public async Task<byte[]> AcceptanceNoticeAsync(Petition p, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(p);
        var matter = await intake.GetAsync(p.MatterId, ct);
        var township = await directory.TownshipAsync(p.TownshipId, ct);
        // 信访工作条例 第二十三条: whether the matter is accepted is told in writing within 15 days.
        var writ = new WritDocument()
            .Title("信访事项受理告知书")
            .Number(p.Number)
            .Line($"{matter.RequesterName}：")
            .Text($"你（单位）于{Long(p.ReceivedOn)}以{DisputeLabels.Channel(matter.Channel)}形式提出的“{p.Subject}”的信访事项，本机关已经收悉。根据《信访工作条例》第二十三条的规定，现告知如下：")
            .Text(p.AcceptanceNote ?? "");
        if (p.HandlingDueOn is { } due)
        {
            writ.Text($"本机关将于{Long(due)}前办结并出具信访处理意见书。");
        }

        writ.Text("特此告知。").Right(township.GovernmentName).Right(Long(p.NoticeIssuedOn));
        return writ.ToDocx("信访事项受理告知书");
    }

    public async Task<byte[]> OpinionAsync(Petition p, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(p);
        var matter = await intake.GetAsync(p.MatterId, ct);
        var township = await directory.TownshipAsync(p.TownshipId, ct);
        // 信访工作条例 第三十二条 (the written opinion) and 第三十五条 (复查 within 30 days of receiving it).
        var writ = new WritDocument()
            .Title("信访处理意见书")
            .Number(p.Number)
            .Line($"信访人：{matter.RequesterName}")
            .Text($"你（单位）于{Long(p.ReceivedOn)}提出的信访事项，本机关于{Long(p.AcceptedOn)}受理。现根据《信访工作条例》第三十二条的规定，出具处理意见如下：")
            .Heading("一、投诉请求")
            .Text(p.OpinionRequest ?? "")
            .Heading("二、事实和理由")
            .Text(p.OpinionFacts ?? "")
            .Heading("三、处理意见")
            .Text($"{(p.OpinionResult is { } r ? DisputeLabels.Opinion(r) : "")}。{p.OpinionText}")
            .Heading("四、依据")
            .Text(p.OpinionBasis ?? "")
            .Text("如对本处理意见不服，可以自收到本意见书之日起30日内向本机关的上一级机关请求复查。")
            .Right(township.GovernmentName)
            .Right(Long(p.OpinionIssuedOn));
        return writ.ToDocx("信访处理意见书");
    }

    /// <summary>2026年11月23日, as official writs date themselves.</summary>
    public static string Long(DateOnly? day) => day is { } d ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : "　　年　　月　　日";

    private static string ChineseCount(int n) => n switch
    {
        2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八", 9 => "九", 10 => "十",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
