using Fazhi.Platform.Data;

namespace Fazhi.Modules.Disputes.Shared;

/// <summary>A record the caller cannot see is answered 404, whether it does not exist or belongs to another township (ADR 0004).</summary>
internal static class Found
{
    public static T OrNotFound<T>(this T? record)
        where T : class =>
        record ?? throw new TenantAccessDeniedException(typeof(T).Name);
}
