namespace Fazhi.Modules.Disclosure.Contracts;

/// <summary>
/// The categories of 主动公开 other modules file under (政府信息公开条例 第20条; values equal the catalogue's own).
/// </summary>
public enum CatalogueCategory
{
    /// <summary>第二十条第一项: 规章和规范性文件.</summary>
    NormativeDocuments = 1,

    /// <summary>第二十条第六项: 行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定.</summary>
    PenaltiesAndCoercion = 6,

    /// <summary>
    /// 第二十条第十五项: 法律、法规、规章和国家有关规定应当主动公开的其他信息 — e.g. 重大行政决策 (重大行政决策程序暂行条例
    /// 第32条), the 法治政府建设年度报告 (督察工作规定 第24条) and the 政府信息公开工作年度报告 (第49条).
    /// </summary>
    OtherByLaw = 15,
}

/// <summary>
/// How published information stopped being in force. The entry stays in the catalogue as information published in its
/// time (第12条: the catalogue lists what was made public) but is shown with this status and not offered as current.
/// </summary>
public enum CatalogueValidity
{
    /// <summary>已废止: repealed by the organ that made it.</summary>
    Repealed = 1,

    /// <summary>已失效: declared invalid (清理), revoked (撤销) or ended at its term.</summary>
    Invalid = 2,
}

/// <summary>
/// A publication of another module, as the 政府信息公开目录 lists it (第12条: 索引、名称、内容概述、生成日期).
/// </summary>
/// <param name="SourceModule">Module key, e.g. <c>documents</c>; with <paramref name="SourceId"/> it names the entry (idempotent).</param>
/// <param name="SourceId">The published record.</param>
/// <param name="TownshipId">Whose catalogue.</param>
/// <param name="Category">Category of 第20条.</param>
/// <param name="Title">名称 as published.</param>
/// <param name="Summary">内容概述 (public: no personal information).</param>
/// <param name="FormedOn">生成日期: the day the information was formed (成文日期, 决定日期, …).</param>
/// <param name="PublishedOn">The day the source went on the portal.</param>
/// <param name="Link">Its portal page.</param>
/// <param name="ValidUntil">有效期至, for information with a term (a normative document): the portal shows it 已失效 after it.</param>
public sealed record CatalogueFiling(
    string SourceModule,
    Guid SourceId,
    Guid TownshipId,
    CatalogueCategory Category,
    string Title,
    string Summary,
    DateOnly FormedOn,
    DateOnly PublishedOn,
    string? Link,
    DateOnly? ValidUntil = null);

/// <summary>
/// Every module that publishes files into the township's 政府信息公开目录 (issue 17 item 1): filing is idempotent per
/// source (filing again refreshes the entry and keeps its 索引号), and withdrawing the source withdraws the entry from
/// the portal. Like <c>IDeadlines</c>, the methods change tracked entities and do not save: the caller's step commits
/// its publication and the catalogue entry in one SaveChanges.
/// </summary>
public interface IDisclosureCatalogue
{
    /// <summary>Files or refreshes the entry of this source; returns its 索引号.</summary>
    Task<string> FileAsync(CatalogueFiling filing, CancellationToken cancellationToken);

    /// <summary>Withdraws the entry of this source from the portal (nothing happens if it was never filed).</summary>
    Task WithdrawAsync(string sourceModule, Guid sourceId, DateOnly withdrawnOn, CancellationToken cancellationToken);

    /// <summary>
    /// The source stopped being in force (废止, 宣布失效, 撤销) on <paramref name="endedOn"/>: its entry stays published with
    /// that status (nothing happens if it was never filed).
    /// </summary>
    Task EndValidityAsync(string sourceModule, Guid sourceId, CatalogueValidity ended, DateOnly endedOn, CancellationToken cancellationToken);
}
