namespace Fazhi.Platform.Tenancy;

/// <summary>A record that belongs to one township. The tenant query filter and the write guard apply to it.</summary>
public interface ITenantOwned
{
    Guid TownshipId { get; }
}

/// <summary>
/// A township record on which the county performs its own step (备案审查, report receipt): a county user of the
/// township's county may write it. Every other township record is read-only to the county.
/// </summary>
public interface ICountyWritable : ITenantOwned
{
    /// <summary>
    /// Whether this row is one the county writes. A kind of record only some of whose rows are the county's says which
    /// (a configured ledger: the county's copies, not the ledgers a township defined itself).
    /// </summary>
    bool WrittenByCounty => true;
}

/// <summary>
/// A township record the county may add but never change: the correction period its 责令纠正 opens on the township's
/// 待办与预警 board (a deadline the township then meets). Every later change is the township's.
/// </summary>
public interface ICountyInsertable : ITenantOwned
{
}

/// <summary>A township record that the public may see once it is published.</summary>
public interface IPublishable : ITenantOwned
{
    bool IsPublic { get; }
}

/// <summary>
/// A township record that anyone on the portal may create (a comment, a request, a complaint); the public may add
/// it but never change or read it back through the workspace filter.
/// </summary>
public interface IPublicSubmission : ITenantOwned
{
}
