namespace Fazhi.Modules.Organization;

/// <summary>
/// What a module gives a township registered in a county that already asks something of its townships (a ledger the
/// county defined, ADR 0036). Called by the registration before its save, so what the module adds to the context is
/// committed with the township or not at all.
/// </summary>
internal interface ITownshipJoinsCounty
{
    Task JoinAsync(Guid townshipId, Guid countyId, CancellationToken cancellationToken);
}
