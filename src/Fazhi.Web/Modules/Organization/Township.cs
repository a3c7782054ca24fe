namespace Fazhi.Modules.Organization;

internal enum TownshipKind
{
    Township = 1,   // 乡
    Town = 2,       // 镇
    Subdistrict = 3, // 街道
}

/// <summary>The tenant of the platform: a township government (乡/镇/街道) that runs the procedures.</summary>
internal sealed class Township
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CountyId { get; set; }

    public County? County { get; set; }

    /// <summary>12-digit statistical division code; the first six digits are the county's.</summary>
    public string DivisionCode { get; set; } = "";

    public string Name { get; set; } = "";

    public TownshipKind Kind { get; set; }

    /// <summary>Formal name of the government, e.g. 小江镇人民政府: issuing body on documents and reports.</summary>
    public string GovernmentName { get; set; } = "";

    /// <summary>Short form used in document numbers, e.g. 小江府.</summary>
    public string ShortName { get; set; } = "";

    /// <summary>A line introducing the township on its portal home.</summary>
    public string Introduction { get; set; } = "";

    public string? PrincipalLeaderName { get; set; }

    public List<Village> Villages { get; } = [];

    public List<Office> Offices { get; } = [];

    public static string KindLabel(TownshipKind kind) => kind switch
    {
        TownshipKind.Township => "乡",
        TownshipKind.Town => "镇",
        TownshipKind.Subdistrict => "街道",
        _ => "",
    };
}
