using System.ComponentModel.DataAnnotations;

namespace Fazhi.Modules.County.Console;

/// <summary>
/// How the county dashboard lays out a county's townships (section <c>Fazhi:County:Dashboard</c>). A county has five
/// townships or two thousand (issue 18 §3); the per-township tables page and the years table summarises beyond these.
/// </summary>
internal sealed class DashboardOptions
{
    public const string Section = "Fazhi:County:Dashboard";

    /// <summary>Townships per page of the comparison, compliance and township tables.</summary>
    [Range(2, 500)]
    public int TownshipsPerPage { get; set; } = 50;

    /// <summary>Up to this many townships the years table has a column for each; beyond it, the county's summary.</summary>
    [Range(1, 100)]
    public int ByYearTownshipsInFull { get; set; } = 12;
}
