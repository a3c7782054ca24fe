namespace Fazhi.Modules.Organization;

/// <summary>A county (县/区) and its office for rule-of-law work (依法治县办 / 司法局) that supervises its townships.</summary>
internal sealed class County
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>12-digit statistical division code (统计用区划代码).</summary>
    public string DivisionCode { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Name of the supervising office, e.g. 中共××县委全面依法治县委员会办公室.</summary>
    public string OfficeName { get; set; } = "";

    public List<Township> Townships { get; } = [];
}
