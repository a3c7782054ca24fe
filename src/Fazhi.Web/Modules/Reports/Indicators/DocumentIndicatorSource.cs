using Fazhi.Modules.Documents.Contracts;
using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Reports.Indicators;

/// <summary>
/// Adapts the Documents module's figures contract: issued normative documents and the three rates of
/// 国办发〔2018〕115号 (合法性审核率) and 国办发〔2018〕37号 (统一发布、按时公布、备案), computed here from the counts.
/// </summary>
internal sealed class DocumentIndicatorSource(IDocumentFigures figures) : IIndicatorSource
{
    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.ForTownshipsAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => Group(f.Value, year));

    private static IndicatorGroup Group(DocumentFigures f, int year)
    {
        var ledger = $"/workspace/documents?Year={year}";
        return new IndicatorGroup("documents", 10, "规范行政规范性文件管理", "本年度", [
            Indicator.Count("documents.issued", "印发行政规范性文件", "件", f.Issued, "制定印发行政规范性文件{0}", ledger),
            Indicator.Rate("documents.review-rate", "合法性审核率", f.ReviewedForLegality, f.Issued, "合法性审核率{0}", ledger),
            Indicator.Count("documents.published", "公开发布", "件", f.Published, "公开发布{0}", ledger),
            // 统一发布率 (国办发〔2018〕37号: 规范性文件由制定机关统一登记、统一编号、统一印发，并及时公开发布): published / issued.
            Indicator.Rate("documents.unified-publication-rate", "统一发布率", f.Published, f.Issued, "统一发布率{0}", ledger),
            Indicator.Rate("documents.on-time-rate", "按时公布率", f.PublishedOnTime, f.Published, "按时公布率{0}", ledger),
            Indicator.Count("documents.filed", "报送备案", "件", f.Filed, "报县备案{0}", ledger),
            Indicator.Rate("documents.filing-rate", "备案率", f.Filed, f.Published, "备案率{0}", ledger),
            Indicator.Count("documents.cleaned-up", "清理文件", "件", f.CleanedUp, "清理文件{0}", ledger),
            // Issue 18 §4, not stated by the seed reports (kept out of the sentence): the reviewed count behind the
            // rate, and the cleanup's outcomes (国办发〔2018〕37号: 定期清理，保留、修改、废止、宣布失效).
            Indicator.Count("documents.reviewed", "经合法性审核", "件", f.ReviewedForLegality, "经合法性审核{0}", ledger).NotStated(),
            Indicator.Count("documents.cleanup-continued", "清理后继续有效", "件", f.CleanupContinued, "继续有效{0}", ledger).NotStated(),
            Indicator.Count("documents.cleanup-amended", "清理后修改", "件", f.CleanupAmended, "修改{0}", ledger).NotStated(),
            Indicator.Count("documents.cleanup-repealed", "清理后废止", "件", f.CleanupRepealed, "废止{0}", ledger).NotStated(),
            Indicator.Count("documents.cleanup-declared-invalid", "清理后宣布失效", "件", f.CleanupDeclaredInvalid, "宣布失效{0}", ledger).NotStated(),
        ]);
    }
}
