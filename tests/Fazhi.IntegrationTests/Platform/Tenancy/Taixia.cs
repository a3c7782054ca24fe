using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// 太霞乡, the owner of every record <see cref="ForeignRecordRoutes"/> reaches for: its staff signed in through the real
/// form, and its clerk's tenancy for the services that have no API of their own.
/// </summary>
internal static class Taixia
{
    public const string Code = ForeignRecordRoutes.OtherTownship;

    private static readonly ConditionalWeakTable<FazhiApp, ConcurrentDictionary<string, Task<HttpClient>>> Clients = new();

    /// <summary>The signed-in client of <c>taixia.{role}</c> (clerk, leader, advisor), signed in once per app.</summary>
    public static Task<HttpClient> ClientAsync(FazhiApp app, string role = "clerk") =>
        Clients.GetOrCreateValue(app).GetOrAdd(role, r => app.ClientForAsync($"taixia.{r}"));

    public static Task<Guid> TownshipIdAsync(FazhiApp app) => ForeignRecordRoutes.OtherTownshipIdAsync(app);

    /// <summary>The clerk of 太霞乡 in tenancy terms, as the request pipeline builds it from the clerk's claims.</summary>
    public static async Task<TenantContext> ClerkAsync(FazhiApp app)
    {
        var (userId, township) = await app.WithDbAsync(async db =>
            (await db.Users.Where(u => u.UserName == ForeignRecordRoutes.OtherClerk).Select(u => u.Id).SingleAsync(),
             await db.Set<Township>().SingleAsync(t => t.DivisionCode == Code)));
        return TenantContext.ForTownship(userId, "太霞乡法制员", township.CountyId, township.Id);
    }

    /// <summary>Runs application services in a scope acting as 太霞乡's clerk.</summary>
    public static async Task<T> AsClerkAsync<T>(FazhiApp app, Func<IServiceProvider, Guid, Task<T>> work)
    {
        var tenant = await ClerkAsync(app);
        return await app.InScopeAsync(tenant, services => work(services, tenant.TownshipId!.Value));
    }

    /// <summary>Today in Beijing on the app's clock.</summary>
    public static DateOnly Today(FazhiApp app) => Fazhi.Platform.Time.ChinaTime.Today(app.Clock);

    public static HttpContent Json(object body) => JsonContent.Create(body);

    /// <summary>Posts as one of 太霞乡's staff and insists on success: setting up a record must not fail silently.</summary>
    public static async Task<System.Text.Json.JsonElement> PostAsync(FazhiApp app, string role, string path, object? body = null)
    {
        var client = await ClientAsync(app, role);
        var response = await client.PostAsJsonAsync(path, body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeInRange(200, 299, $"准备记录失败：POST {path} as taixia.{role}: {text}");
        return string.IsNullOrWhiteSpace(text) ? default : System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
    }
}
