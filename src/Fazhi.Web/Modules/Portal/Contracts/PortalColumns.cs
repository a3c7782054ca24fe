namespace Fazhi.Modules.Portal.Contracts;

/// <summary>The columns of a township's portal home (issue 2 §9); modules fill them through <see cref="IPortalColumnSource"/>.</summary>
public enum PortalColumn
{
    Disclosure = 1,
    NormativeDocuments = 2,
    EnforcementPublicity = 3,
    AnnualReports = 4,
    Interaction = 5,

    /// <summary>普法宣传: the township's 普法 activities with their photos (issue 15).</summary>
    LegalEducation = 6,
}

public static class PortalColumns
{
    public static IReadOnlyList<PortalColumn> All { get; } = Enum.GetValues<PortalColumn>();

    public static string Label(PortalColumn column) => column switch
    {
        PortalColumn.Disclosure => "政务公开",
        PortalColumn.NormativeDocuments => "规范性文件",
        PortalColumn.EnforcementPublicity => "执法公示",
        PortalColumn.AnnualReports => "法治政府建设年度报告",
        PortalColumn.Interaction => "互动交流",
        PortalColumn.LegalEducation => "普法宣传",
        _ => "",
    };

    public static string Slug(PortalColumn column) => column switch
    {
        PortalColumn.Disclosure => "disclosure",
        PortalColumn.NormativeDocuments => "documents",
        PortalColumn.EnforcementPublicity => "enforcement",
        PortalColumn.AnnualReports => "reports",
        PortalColumn.Interaction => "interaction",
        PortalColumn.LegalEducation => "publicity",
        _ => "",
    };

    public static PortalColumn? FromSlug(string slug) =>
        All.Cast<PortalColumn?>().FirstOrDefault(c => Slug(c!.Value).Equals(slug, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A published item listed in a portal column.</summary>
public sealed record PortalEntry(string Title, string Url, DateOnly? Date, string? Tag = null);

/// <summary>A page of entries and the total count, for paging.</summary>
public sealed record PortalPage(IReadOnlyList<PortalEntry> Entries, int Total);

/// <summary>
/// A module's published records for one portal column. It must return only what is public; the portal shows what
/// every source of a column returns, newest first.
/// </summary>
public interface IPortalColumnSource
{
    PortalColumn Column { get; }

    Task<PortalPage> ListAsync(Guid townshipId, string? search, int skip, int take, CancellationToken cancellationToken);
}
