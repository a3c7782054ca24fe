using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Reports.Indicators;

/// <summary>
/// Adapts the Enforcement module's figures contract to the indicator registry: the sentence of the seeds
/// (“本年度行政处罚案件立案共14宗，已结案7宗，在办7宗，开展重大执法决定法制审核9件，案件公示9件”) and the officers'
/// certification figures (国办发〔2018〕118号: 三项制度; 持证上岗).
/// </summary>
internal sealed class EnforcementIndicatorSource(IEnforcementFigures figures) : IIndicatorSource
{
    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.ForTownshipsAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => Group(f.Value, year));

    private static IndicatorGroup Group(EnforcementYearFigures f, int year)
    {
        var cases = $"/workspace/enforcement/cases?year={year}";
        const string officers = "/workspace/enforcement/officers";
        return new IndicatorGroup("enforcement", 20, "严格规范公正文明执法", "本年度", [
            Indicator.Count("enforcement.cases-filed", "行政处罚案件立案数", "宗", f.CasesFiled, "行政处罚案件立案共{0}", cases),
            Indicator.Count("enforcement.cases-closed", "已结案", "宗", f.CasesClosed, "已结案{0}", cases),
            Indicator.Count("enforcement.cases-in-progress", "在办案件", "宗", f.CasesInProgress, "在办{0}", cases),
            Indicator.Count("enforcement.legal-reviews", "重大执法决定法制审核", "件", f.LegalReviews, "开展重大执法决定法制审核{0}", cases),
            Indicator.Count("enforcement.decisions-published", "案件公示", "件", f.DecisionsPublished, "案件公示{0}", cases),
            Indicator.Rate("enforcement.publication-on-time-rate", "处罚决定按时公示率", f.DecisionsPublishedOnTime, f.DecisionsPublished, "处罚决定按时公示率{0}", cases),
            Indicator.Count("enforcement.power-items", "行政处罚权事项", "项", f.PowerItems, "承接行政处罚权事项{0}", "/workspace/enforcement/powers"),
            Indicator.Count("enforcement.officers", "执法人员", "人", f.OfficersTotal, "现有执法人员{0}", officers),
            Indicator.Rate("enforcement.certified-rate", "执法人员持证率", f.OfficersCertified, f.OfficersTotal, "持证率{0}", officers),
            Indicator.Count("enforcement.officers-passed-exam", "通过执法资格考试", "人", f.OfficersPassedExam, "本年度通过行政执法资格考试{0}", officers),
            Indicator.Count("enforcement.complaints", "执法投诉", "件", f.Complaints, "受理执法投诉{0}", "/workspace/enforcement/complaints"),
            // Issue 18 §4: figures over the same records that reports may state; none of the seed reports states
            // them, so the drafted sentence stays the seeds' (InSentence false) while the catalogue, the county and
            // the trends show them.
            Indicator.Count("enforcement.cases-simplified", "简易程序案件", "宗", f.CasesSimplified, "适用简易程序{0}", cases).NotStated(),
            Indicator.Count("enforcement.cases-general", "普通程序案件", "宗", f.CasesGeneral, "适用普通程序{0}", cases).NotStated(),
            Indicator.Count("enforcement.collective-discussions", "重大案件集体讨论", "次", f.CollectiveDiscussions, "对情节复杂或者重大违法行为集体讨论决定{0}", cases).NotStated(),
            Indicator.Count("enforcement.decisions", "作出行政处罚决定", "件", f.Decisions, "作出行政处罚决定{0}", cases).NotStated(),
            new Indicator("enforcement.fines-total", "罚款金额", "元", f.FinesTotal, "罚款共计{0}", cases).NotStated(),
            .. PenaltyKinds.Select(k => Indicator.Count($"enforcement.penalty.{k.Key}", $"处罚决定（{k.Name}）", "件",
                f.DecisionsByKind.GetValueOrDefault(k.Name), $"其中{k.Name}{{0}}", cases).NotStated()),
            Indicator.Count("enforcement.penalty.other", "处罚决定（其他种类）", "件",
                f.DecisionsByKind.Where(k => !PenaltyKinds.Any(p => p.Name == k.Key)).Sum(k => k.Value), "其他种类{0}", cases).NotStated(),
            Indicator.AverageDays("enforcement.average-days-to-close", "案件平均办结天数", f.CasesClosed == 0 ? null : f.AverageDaysToClose, "案件平均办结{0}", cases).NotStated(),
            Indicator.Count("enforcement.officers-trained", "参加业务培训的执法人员", "人", f.OfficersTrained, "执法人员参加业务培训{0}", officers).NotStated(),
            Indicator.Rate("enforcement.exam-pass-rate", "执法人员年度考试合格率", f.OfficersPassedExam, f.OfficersSatExam, "年度法律知识考试合格率{0}", officers).NotStated(),
        ]);
    }

    /// <summary>
    /// The kinds of administrative penalty a township's comprehensive enforcement imposes (行政处罚法 第九条 (一)(二)), by
    /// stable key; the others of 第九条 are counted together as “其他”.
    /// </summary>
    internal static readonly (string Key, string Name)[] PenaltyKinds =
    [
        ("warning", "警告"), ("criticism", "通报批评"), ("fine", "罚款"), ("confiscate-income", "没收违法所得"), ("confiscate-property", "没收非法财物"),
    ];
}
