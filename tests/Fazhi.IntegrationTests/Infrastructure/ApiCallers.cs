using System.Net;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// Calls an API route as a user allowed to call it: the users of the route's area are tried, most common role first,
/// and the first one not refused with 403 is the caller (a step for leaders is called by a leader). Clients are signed
/// in once per instance.
/// </summary>
public sealed class ApiCallers(FazhiApp app)
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public static string?[] UsersAllowedIn(string path) =>
        EndpointCatalog.IsUnder(path, "/api/workspace") ? ["xiaojiang.clerk", "xiaojiang.leader", "xiaojiang.advisor", "xiaojiang.officer"]
        : EndpointCatalog.IsUnder(path, "/api/county") ? ["county.reviewer"]
        : EndpointCatalog.IsUnder(path, "/api/admin") ? ["admin"]
        : [null];

    /// <summary>Sends a fresh request (built by <paramref name="request"/>) as each user of the area until one is not refused.</summary>
    public async Task<HttpResponseMessage> SendAsync(string path, Func<HttpRequestMessage> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        HttpResponseMessage? response = null;
        foreach (var user in UsersAllowedIn(path))
        {
            using var message = request();
            response = await (await ClientAsync(user)).SendAsync(message);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                break;
            }
        }

        return response!;
    }

    public async Task<HttpClient> ClientAsync(string? user)
    {
        if (user is null)
        {
            return app.Anonymous();
        }

        if (!_clients.TryGetValue(user, out var client))
        {
            client = await app.ClientForAsync(user);
            _clients[user] = client;
        }

        return client;
    }
}
