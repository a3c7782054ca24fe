using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Tenancy;

/// <summary>
/// The one deliberate way past the tenant filter: the portal reads published records of any township, and only
/// those. A record that is not <see cref="IPublishable.IsPublic"/> can never be reached through here.
/// </summary>
public static class PublicQueries
{
    public static IQueryable<T> Published<T>(this FazhiDbContext db) where T : class, IPublishable
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>().IgnoreQueryFilters([FazhiDbContext.TenantFilterName]).Where(e => e.IsPublic);
    }
}
