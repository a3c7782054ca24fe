using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Time;

namespace Fazhi.Modules.Disputes.Mediation.Committees;

/// <summary>The mediators a case may be given: those serving today in the case's committee.</summary>
internal static class MediatorChoices
{
    public static async Task<IReadOnlyList<Mediator>> ServingAsync(IServiceProvider services, MediationCase @case, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(@case);
        var committee = await services.GetRequiredService<CommitteeQueries>().GetAsync(@case.CommitteeId, ct);
        var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        return [.. committee.ServingOn(today).OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal)];
    }
}
