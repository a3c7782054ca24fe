using System.Net;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// A record of another township does not exist for you (issue 2 §3, ADR 0004): every route that names a record is
/// listed in <see cref="ForeignRecordRoutes"/> and checked here with a record of 太霞乡 and a user of 小江镇.
/// </summary>
public sealed class ForeignRecordTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    public static TheoryData<string> RegisteredRoutes() => [.. ForeignRecordRoutes.All.Keys];

    [Fact]
    public void EveryRouteWithARecordId_IsInTheRegistry()
    {
        var routes = EndpointCatalog.Routes(app).Where(r => r.HasRecordId).SelectMany(r => r.Keys).ToList();
        routes.ShouldNotBeEmpty();

        var missing = routes.Where(key => !ForeignRecordRoutes.All.ContainsKey(key)).ToList();

        missing.ShouldBeEmpty("这些带记录 id 的路由还没有登记到 ForeignRecordRoutes（见 docs/testing.md）：");
    }

    [Fact]
    public void Registry_NamesOnlyRoutesThatExist()
    {
        var existing = EndpointCatalog.Routes(app).SelectMany(r => r.Keys).ToHashSet(StringComparer.Ordinal);

        ForeignRecordRoutes.All.Keys.Where(key => !existing.Contains(key)).ToList().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(RegisteredRoutes))]
    public async Task RecordOfAnotherTownship_WhenTownshipUser_IsNotFoundOrRefused(string key)
    {
        var route = ForeignRecordRoutes.All[key];
        var path = await route.PathFor(app);
        var method = key.StartsWith("PAGE ", StringComparison.Ordinal) ? "GET" : key.Split(' ')[0];

        var response = await SendAsync(await app.ClientForAsync(ForeignRecordRoutes.OwnClerk), method, path, route);

        if (route.Access == RecordAccess.Township)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{key} 对其他乡镇的记录应返回 404");
        }
        else if (route.Access == RecordAccess.Public)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{key} 是门户公开页面，对任何人相同");
        }
        else
        {
            RouteAccessTests.IsRefused(response).ShouldBeTrue($"{key}: {EndpointCatalog.StatusText(response)}");
        }
    }

    [Theory]
    [MemberData(nameof(RegisteredRoutes))]
    public async Task SameRecord_WhenItsOwner_IsServed(string key)
    {
        // The control for the test above: the path is right and the record is there for whom it belongs to.
        var route = ForeignRecordRoutes.All[key];
        var path = await route.PathFor(app);
        var method = key.StartsWith("PAGE ", StringComparison.Ordinal) ? "GET" : key.Split(' ')[0];
        var owner = route.Access == RecordAccess.Township ? ForeignRecordRoutes.OtherClerk : "admin";

        var response = await SendAsync(await app.ClientForAsync(owner), method, path, route);

        ((int)response.StatusCode).ShouldBeInRange(200, 299, $"{key} as {owner}: {EndpointCatalog.StatusText(response)}");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, ForeignRecordRoute route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = route.Body?.Invoke() };
        return await client.SendAsync(request);
    }
}
