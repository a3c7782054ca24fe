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
