using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Fazhi.IntegrationTests.Platform.Cluster;

/// <summary>
/// Two Fazhi instances on one database (ADR 0029): the first seeds the demo, the second starts on what the first made,
/// with a data folder of its own, so nothing but the database is shared. Both keep attachments in the database store.
/// </summary>
public sealed class ClusterApp : IAsyncLifetime
{
    public ClusterApp()
    {
        First = new FirstInstance();
        Second = new SecondInstance(First);
    }

    public FazhiApp First { get; }

    public FazhiApp Second { get; }

    public async ValueTask InitializeAsync()
    {
        await First.InitializeAsync();
        // The first instance signs a page first, so the key ring exists in the database before the second reads it,
        // as in a rolling start; two rings made at the same instant are also merged on the next read.
        (await First.Anonymous().GetAsync("/account/login")).EnsureSuccessStatusCode();
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }

    /// <summary>A client of <paramref name="instance"/> with the given cookie jar: a browser the load balancer sends anywhere.</summary>
    public static HttpClient ClientOf(FazhiApp instance, CookieContainer jar) =>
        instance.CreateDefaultClient(new CookieContainerHandler(jar));

    private static readonly KeyValuePair<string, string> DatabaseStore = new("Fazhi:Attachments:Store", "Database");

    private sealed class FirstInstance : FazhiApp
    {
        // The demo's attachments go into the database store, so this instance seeds its own demo.
        protected override bool StartsFromDemoTemplate => false;

        protected override IEnumerable<KeyValuePair<string, string>> Settings => [DatabaseStore];
    }

    private sealed class SecondInstance(FazhiApp first) : FazhiApp(NewDataFolder(), first.PostgresDatabase, seedDemoData: false)
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => first.PostgresDatabase is null
            ? [DatabaseStore, new("ConnectionStrings:Fazhi", $"Data Source={Path.Combine(first.DataFolder, "fazhi.db")}")]
            : [DatabaseStore];
    }
}
