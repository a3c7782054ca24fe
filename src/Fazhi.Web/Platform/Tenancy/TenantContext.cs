namespace Fazhi.Platform.Tenancy;

public enum TenantKind
{
    /// <summary>A visitor of the portal: sees only what is published, through <c>PublicQueries</c>.</summary>
    Anonymous,

    /// <summary>Township staff: read and write their own township only.</summary>
    Township,

    /// <summary>County reviewer: reads the county's townships, writes only county steps.</summary>
    County,

    /// <summary>System administrator and background jobs: unrestricted.</summary>
    Unrestricted,
}

/// <summary>
/// Who is asking, in tenancy terms. Built once per request from the signed-in user's claims; the DbContext's
/// query filter and save guard read it, so no page or endpoint has to remember to filter (the one place, issue 2 §3).
/// </summary>
public sealed class TenantContext
{
    private TenantContext(TenantKind kind, Guid? userId, string userName, Guid? countyId, IReadOnlyList<Guid> townshipIds)
    {
        Kind = kind;
        UserId = userId;
        UserName = userName;
        CountyId = countyId;
        ReadableTownshipIds = [.. townshipIds];
    }

    public TenantKind Kind { get; }

    public Guid? UserId { get; }

    public string UserName { get; }

    public Guid? CountyId { get; }

    /// <summary>The townships whose records this caller may read (empty for anonymous).</summary>
    public List<Guid> ReadableTownshipIds { get; }

    public bool IsUnrestricted => Kind == TenantKind.Unrestricted;

    public Guid? TownshipId => Kind == TenantKind.Township ? ReadableTownshipIds[0] : null;

    public static TenantContext Anonymous { get; } = new(TenantKind.Anonymous, null, "公众", null, []);

    public static TenantContext System { get; } = new(TenantKind.Unrestricted, null, "系统", null, []);

    public static TenantContext ForTownship(Guid userId, string userName, Guid countyId, Guid townshipId) =>
        new(TenantKind.Township, userId, userName, countyId, [townshipId]);

    public static TenantContext ForCounty(Guid userId, string userName, Guid countyId, IReadOnlyList<Guid> townshipIds) =>
        new(TenantKind.County, userId, userName, countyId, townshipIds);

    public static TenantContext ForAdministrator(Guid userId, string userName) =>
        new(TenantKind.Unrestricted, userId, userName, null, []);

    public bool CanRead(Guid townshipId) => IsUnrestricted || ReadableTownshipIds.Contains(townshipId);

    /// <summary>
    /// Township staff write their own township; county users write only county steps of their townships (and may add,
    /// never change, the periods those steps open on a township's board); the public may only add submissions
    /// (comments, requests, complaints).
    /// </summary>
    public bool CanWrite(ITenantOwned record, bool isInsert) => Kind switch
    {
        TenantKind.Unrestricted => true,
        TenantKind.Township => ReadableTownshipIds.Contains(record.TownshipId),
        TenantKind.County => (record is ICountyWritable { WrittenByCounty: true } || (isInsert && record is IPublicSubmission or ICountyInsertable))
            && ReadableTownshipIds.Contains(record.TownshipId),
        TenantKind.Anonymous => isInsert && record is IPublicSubmission,
        _ => false,
    };
}
