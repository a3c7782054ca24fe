namespace Fazhi.Modules.Decisions.Contracts;

/// <summary>
/// 重大行政决策 figures of one township and year for the annual report and the county console. Every count is computed
/// from the records; "made" means a collective decision held in the year. Named for major decisions so that they are
/// not read as enforcement's 行政处罚决定 outside this module.
/// </summary>
public sealed record MajorDecisionYearFigures(
    int Year,
    int DecisionsMade,
    int WithPublicParticipation,
    int WithExpertReview,
    int WithRiskAssessment,
    int WithLegalityReview,
    int Hearings,
    int CommentsReceived,
    int CommentsAdopted,
    int CollectiveMattersDecided,
    int EvaluationsDone)
{
    /// <summary>The report's sentence, in the seeds' wording.</summary>
    public string Sentence =>
        $"本年度作出重大行政决策{DecisionsMade}项，其中开展公众参与{WithPublicParticipation}项、专家论证{WithExpertReview}项、风险评估{WithRiskAssessment}项、合法性审查{WithLegalityReview}项，" +
        $"举行听证会{Hearings}场，收到公众意见{CommentsReceived}条、采纳{CommentsAdopted}条；“三重一大”事项集体讨论决定{CollectiveMattersDecided}项；开展决策后评估{EvaluationsDone}项。";
}

/// <summary>Read side of the Decisions module for other modules (Reports, County).</summary>
public interface IMajorDecisionFigures
{
    /// <summary>The figures of every requested township, with a fixed number of grouped queries (ADR 0020).</summary>
    Task<IReadOnlyDictionary<Guid, MajorDecisionYearFigures>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken);

    /// <summary>One township's figures.</summary>
    async Task<MajorDecisionYearFigures> ForYearAsync(Guid townshipId, int year, CancellationToken cancellationToken) =>
        (await ForTownshipsAsync([townshipId], year, cancellationToken))[townshipId];
}
