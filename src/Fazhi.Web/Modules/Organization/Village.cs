using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Organization;

/// <summary>A village (村) or community (社区) under a township.</summary>
internal sealed class Village : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsCommunity { get; set; }
}

/// <summary>An office of the township government (党政办, 综合行政执法办, 司法所 …).</summary>
internal sealed class Office : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TownshipId { get; set; }

    public string Name { get; set; } = "";

    public string? Duties { get; set; }
}
