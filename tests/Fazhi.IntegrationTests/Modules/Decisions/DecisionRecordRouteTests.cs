using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Platform.Tenancy;

namespace Fazhi.IntegrationTests.Modules.Decisions;

/// <summary>
/// The Decisions entries of the tenancy registry, checked here until the registry merges
/// <see cref="DecisionForeignRecordRoutes.All"/>: every decision route is listed, and a 太霞乡 record is 404 for 小江镇
/// and served to 太霞乡.
/// </summary>
public sealed class DecisionRecordRouteTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    public static TheoryData<string> Routes() => [.. DecisionForeignRecordRoutes.All.Keys];

    [Fact]
    public void EveryDecisionRouteWithARecordId_IsListed()
    {
        var routes = EndpointCatalog.Routes(app).Where(r => r.HasRecordId).SelectMany(r => r.Keys)
            .Where(k => k.Contains("/decisions/", StringComparison.Ordinal) && !k.StartsWith("PAGE /t/", StringComparison.Ordinal)).ToList();

        routes.Where(k => !DecisionForeignRecordRoutes.All.ContainsKey(k)).ToList().ShouldBeEmpty();
        DecisionForeignRecordRoutes.All.Keys.Where(k => !routes.Contains(k)).ToList().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task DecisionOfTaixia_ForXiaojiangClerk_IsNotFound_AndForTaixiaClerk_IsServed(string key)
    {
        var route = DecisionForeignRecordRoutes.All[key];
        var method = key.StartsWith("PAGE ", StringComparison.Ordinal) ? "GET" : key.Split(' ')[0];

        var foreign = await SendAsync(await app.ClientForAsync(ForeignRecordRoutes.OwnClerk), method, await route.PathFor(app), route);
        var own = await SendAsync(await app.ClientForAsync(ForeignRecordRoutes.OtherClerk), method, await route.PathFor(app), route);

        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound, key);
        ((int)own.StatusCode).ShouldBeInRange(200, 299, $"{key}: {await own.Content.ReadAsStringAsync()}");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, ForeignRecordRoute route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = route.Body?.Invoke() };
        return await client.SendAsync(request);
    }
}
