namespace Fazhi.Modules.Documents.Contracts;

/// <summary>
/// The normative-document figures of one township and year, for the annual report and the county (issue 3 §11).
/// Counts come from the records; rates are computed from the counts, never stored or typed.
/// </summary>
/// <param name="TownshipId">The township.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Drafted">Documents whose drafting started in the year.</param>
/// <param name="Issued">Documents numbered (统一编号) in the year and signed.</param>
/// <param name="ReviewedForLegality">Issued documents with a completed legality review.</param>
/// <param name="Published">Issued documents published on the portal.</param>
/// <param name="PublishedOnTime">Of those, published within the period after signing.</param>
/// <param name="Filed">Issued documents submitted to the county for filing.</param>
/// <param name="FilingAccepted">Filings the county accepted (准予备案).</param>
/// <param name="CorrectionOrdered">Filings the county ordered corrected (责令纠正).</param>
/// <param name="CleanupContinued">Cleanup decisions published in the year: 继续有效.</param>
/// <param name="CleanupAmended">… 修改.</param>
/// <param name="CleanupRepealed">… 废止.</param>
/// <param name="CleanupDeclaredInvalid">… 宣布失效.</param>
public sealed record DocumentFigures(
    Guid TownshipId,
    int Year,
    int Drafted,
    int Issued,
    int ReviewedForLegality,
    int Published,
    int PublishedOnTime,
    int Filed,
    int FilingAccepted,
    int CorrectionOrdered,
    int CleanupContinued,
    int CleanupAmended,
    int CleanupRepealed,
    int CleanupDeclaredInvalid)
{
    /// <summary>合法性审核率: reviewed / issued; null when nothing was issued.</summary>
    public decimal? ReviewRate => Rate(ReviewedForLegality, Issued);

    /// <summary>备案率: filed / published.</summary>
    public decimal? FilingRate => Rate(Filed, Published);

    /// <summary>按时公布率: published on time / published.</summary>
    public decimal? OnTimePublicationRate => Rate(PublishedOnTime, Published);

    public int CleanedUp => CleanupContinued + CleanupAmended + CleanupRepealed + CleanupDeclaredInvalid;

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}

/// <summary>Read by the Reports module and the county: figures per township and year.</summary>
public interface IDocumentFigures
{
    /// <summary>The figures of every requested township, with a fixed number of grouped queries (ADR 0020).</summary>
    Task<IReadOnlyDictionary<Guid, DocumentFigures>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken);

    /// <summary>One township's figures.</summary>
    async Task<DocumentFigures> ForTownshipAsync(Guid townshipId, int year, CancellationToken cancellationToken) =>
        (await ForTownshipsAsync([townshipId], year, cancellationToken))[townshipId];
}
