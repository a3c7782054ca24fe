using Fazhi.Modules.Decisions.Contracts;
using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Reports.Indicators;

/// <summary>
/// Adapts the Decisions module's figures contract to the indicator registry: major decisions and the steps the
/// 重大行政决策程序暂行条例 requires of them (公众参与 第14条, 专家论证 第19条, 风险评估 第22条, 合法性审查 第25条),
/// and 三重一大 matters decided collectively.
/// </summary>
internal sealed class DecisionIndicatorSource(IMajorDecisionFigures figures) : IIndicatorSource
{
    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.ForTownshipsAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => Group(f.Value, year));

    private static IndicatorGroup Group(MajorDecisionYearFigures f, int year)
    {
        var ledger = $"/workspace/decisions?Year={year}";
        return new IndicatorGroup("decisions", 15, "坚持科学民主依法决策", "本年度", [
            Indicator.Count("decisions.made", "作出重大行政决策", "项", f.DecisionsMade, "作出重大行政决策{0}", ledger),
            Indicator.Rate("decisions.legality-review-rate", "重大行政决策合法性审查率", f.WithLegalityReview, f.DecisionsMade, "合法性审查率{0}", ledger),
            // Issue 18 §4: the count behind the rate (第二十五条 合法性审查), not a clause of the seeds' sentence.
            Indicator.Count("decisions.legality-reviewed", "经合法性审查的重大行政决策", "项", f.WithLegalityReview, "经合法性审查{0}", ledger).NotStated(),
            Indicator.Count("decisions.public-participation", "开展公众参与", "项", f.WithPublicParticipation, "开展公众参与{0}", ledger),
            Indicator.Count("decisions.expert-review", "开展专家论证", "项", f.WithExpertReview, "专家论证{0}", ledger),
            Indicator.Count("decisions.risk-assessment", "开展风险评估", "项", f.WithRiskAssessment, "风险评估{0}", ledger),
            Indicator.Count("decisions.hearings", "举行听证会", "场", f.Hearings, "举行听证会{0}", ledger),
            Indicator.Count("decisions.comments-received", "收到公众意见", "条", f.CommentsReceived, "收到公众意见{0}", ledger),
            Indicator.Count("decisions.comments-adopted", "采纳公众意见", "条", f.CommentsAdopted, "采纳{0}", ledger),
            Indicator.Count("decisions.collective-matters", "“三重一大”事项集体决定", "项", f.CollectiveMattersDecided, "“三重一大”事项集体讨论决定{0}", "/workspace/decisions/collective-matters"),
            Indicator.Count("decisions.evaluations", "决策后评估", "项", f.EvaluationsDone, "开展决策后评估{0}", ledger),
        ]);
    }
}
