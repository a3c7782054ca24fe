using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Disputes.Figures;

/// <summary>
/// Part 一's subsection on disputes and the public's requests, in the seeds' words: 小江镇 2022 “人民调解共66宗（其中书面
/// 调解27宗，口头调解39宗），调解涉案金额约73.39万元，村居律师参与人民调解7宗，纠纷受理率达到100%，调处成功率达到100%”;
/// 河市镇 2024 “全镇共化解矛盾纠纷217件”; then 信访 and 12345 as recorded.
/// </summary>
internal sealed class DisputeIndicatorSource(DisputeFigures figures) : IIndicatorSource
{
    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.ForTownshipsAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => Group(f.Value, year));

    internal static IndicatorGroup Group(DisputeYear f, int year)
    {
        ArgumentNullException.ThrowIfNull(f);
        var cases = $"/workspace/disputes/mediation/cases?Year={year}";
        var screening = $"/workspace/disputes/screening?Year={year}";
        var petitions = $"/workspace/disputes/petitions?Year={year}";
        var tickets = $"/workspace/disputes/hotline?Year={year}";
        return new IndicatorGroup(DisputesModule.Key, 40, "坚持和发展新时代“枫桥经验”，依法化解矛盾纠纷", "本年度", [
            Indicator.Count("disputes.mediation-cases", "人民调解案件", "宗", f.MediationCases, "人民调解共{0}", cases),
            Indicator.Count("disputes.written-agreements", "书面调解", "宗", f.WrittenAgreements, "其中书面调解{0}", cases),
            Indicator.Count("disputes.oral-agreements", "口头调解", "宗", f.OralAgreements, "口头调解{0}", cases),
            new Indicator("disputes.amount-involved", "调解涉案金额", "万元", f.AmountInvolvedTenThousands, "调解涉案金额约{0}", cases),
            Indicator.Count("disputes.with-lawyers", "村居律师参与人民调解", "宗", f.WithLawyers, "村居律师参与人民调解{0}", cases),
            Indicator.Rate("disputes.acceptance-rate", "纠纷受理率", f.DisputesAccepted, f.DisputesReceived, "纠纷受理率达到{0}", "/workspace/disputes/matters"),
            Indicator.Rate("disputes.success-rate", "调处成功率", f.MediationsSucceeded, f.MediationsConcluded, "调处成功率达到{0}", cases),
            // Issue 18 §4: not a clause of the seeds' sentences, so kept out of the draft.
            Indicator.AverageDays("disputes.mediation-average-days", "人民调解平均调处天数", f.AverageDaysToAgreement, "平均调处{0}", cases).NotStated(),
            Indicator.Count("disputes.findings-resolved", "排查化解矛盾纠纷", "件", f.FindingsResolved, "排查化解矛盾纠纷{0}", screening),
            Indicator.Count("disputes.petitions-received", "受理信访事项（收到）", "件", f.PetitionsReceived, "收到信访事项{0}", petitions),
            Indicator.Count("disputes.petitions-accepted", "受理信访事项", "件", f.PetitionsAccepted, "受理{0}", petitions),
            Indicator.AverageDays("disputes.petitions-average-days", "信访事项平均办理天数", f.PetitionAverageDays, "平均办理{0}", petitions).NotStated(),
            Indicator.Rate("disputes.petitions-on-time", "信访事项按期办结率", f.PetitionsAnsweredOnTime, f.PetitionsAnswered, "按期办结率{0}", petitions),
            Indicator.Count("disputes.tickets-received", "12345热线工单", "件", f.TicketsReceived, "办理12345热线工单{0}", tickets),
            Indicator.AverageDays("disputes.tickets-average-days", "12345工单平均答复天数", f.TicketAverageDays, "平均答复{0}", tickets).NotStated(),
            Indicator.Rate("disputes.tickets-on-time", "12345工单按时答复率", f.TicketsRepliedOnTime, f.TicketsReplied, "按时答复率{0}", tickets),
            Indicator.Rate("disputes.tickets-satisfaction", "12345工单回访满意率", f.TicketsSatisfied, f.TicketsFollowedUp, "回访满意率{0}", tickets),
        ]);
    }
}
