using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Security;

/// <summary>
/// The data-protection key ring (which signs and encrypts the sign-in cookie and the antiforgery tokens) lives in the
/// database, under one application name (ADR 0029): every instance on the database reads the same keys, so a cookie
/// issued by one instance is accepted by the next one the load balancer picks, and keys survive a redeploy and travel
/// with the backup. Kept on a machine's disk, each instance would make its own ring and sign everyone out of the others.
/// </summary>
public static class SharedKeys
{
    /// <summary>
    /// The purpose isolation of ASP.NET Core derives from this name; without it the name comes from the content root
    /// path, which differs between two instances installed in different folders.
    /// </summary>
    public const string ApplicationName = "Fazhi";

    public static IServiceCollection AddFazhiDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<Data.FazhiDbContext>();
        return services;
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("sec_data_protection_keys");
    }
}
