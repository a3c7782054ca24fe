namespace Fazhi.Platform.Tenancy;

/// <summary>Scoped holder of the caller's <see cref="TenantContext"/>; anonymous until the middleware resolves the user.</summary>
public sealed class CurrentTenant
{
    public TenantContext Value { get; set; } = TenantContext.Anonymous;
}
