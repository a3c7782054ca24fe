namespace Fazhi.Modules.Enforcement.Contracts;

/// <summary>
/// Enforcement figures of one township and year, for the annual report (issue 5) and the county console. Counts
/// are "as of 31 December of the year", so a report drafted later states what the year ended with.
/// </summary>
public sealed record EnforcementYearFigures(
    int Year,
    int CasesFiled,
    int CasesClosed,
    int CasesInProgress,
    int LegalReviews,
    int DecisionsPublished,
    int DecisionsPublishedOnTime,
    int OverdueDecisions,
    double AverageDaysToClose,
    int PowerItems,
    int OfficersTotal,
    int OfficersCertified,
    int OfficersTrained,
    int OfficersPassedExam,
    int Complaints,
    int ComplaintsAnswered)
{
    /// <summary>
    /// 罚款 imposed by the penalty decisions made in the year (决定日期 in the year) and not revoked by 31 December, in 元.
    /// </summary>
    public decimal FinesTotal { get; init; }

    /// <summary>
    /// Penalty decisions made in the year and standing on 31 December, by the kind of penalty (行政处罚法 第九条): a
    /// decision imposing 警告 and 罚款 counts under both. Keys are the kinds' Chinese names as the decision states them.
    /// </summary>
    public IReadOnlyDictionary<string, int> DecisionsByKind { get; init; } = new Dictionary<string, int>();

    /// <summary>Penalty decisions made in the year and standing on 31 December.</summary>
    public int Decisions { get; init; }

    /// <summary>Cases of the year under the simplified procedure (当场处罚, 行政处罚法 第五十一条).</summary>
    public int CasesSimplified { get; init; }

    /// <summary>Cases of the year under the general procedure (普通程序, 第五十四条起).</summary>
    public int CasesGeneral { get; init; }

    /// <summary>集体讨论决定 held in the year on complex or grave cases (行政处罚法 第五十七条第二款).</summary>
    public int CollectiveDiscussions { get; init; }

    /// <summary>Officers serving in the year who sat the year's law exam (of them <see cref="OfficersPassedExam"/> passed).</summary>
    public int OfficersSatExam { get; init; }

    /// <summary>The seeds' sentence, e.g. “本年度行政处罚案件立案共14宗,已结案7宗,在办7宗”.</summary>
    public string Sentence =>
        $"本年度行政处罚案件立案共{CasesFiled}宗，已结案{CasesClosed}宗，在办{CasesInProgress}宗，开展重大执法决定法制审核{LegalReviews}件，案件公示{DecisionsPublished}件。";
}

/// <summary>Read side of the Enforcement module for other modules (Reports, County).</summary>
public interface IEnforcementFigures
{
    /// <summary>The figures of every requested township, with a fixed number of grouped queries (ADR 0020).</summary>
    Task<IReadOnlyDictionary<Guid, EnforcementYearFigures>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken);

    /// <summary>One township's figures.</summary>
    async Task<EnforcementYearFigures> ForYearAsync(Guid townshipId, int year, CancellationToken cancellationToken) =>
        (await ForTownshipsAsync([townshipId], year, cancellationToken))[townshipId];
}
