namespace Fazhi.Modules.Ledgers.Contracts;

/// <summary>An indicator the county requires each township's report of the year to state (issue 18 §2).</summary>
public sealed record RequiredIndicatorInfo(string Key, string Label);

/// <summary>The indicators a county marked as required for a year; report drafting warns about those a draft does not state.</summary>
public interface IRequiredIndicators
{
    Task<IReadOnlyList<RequiredIndicatorInfo>> ForAsync(Guid countyId, int year, CancellationToken cancellationToken);
}
