using System.Net;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// A record of another township does not exist for you (issue 2 §3, ADR 0004): every route that names a record is
/// listed in <see cref="ForeignRecordRoutes"/> and checked here with a record of 太霞乡 and a user of 小江镇 in the same
/// role; county steps with the county's reviewers; portal routes with the public.
/// </summary>
public sealed class ForeignRecordTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    public static TheoryData<string> RegisteredRoutes() => [.. ForeignRecordRoutes.All.Keys];

    public static TheoryData<string> PublicRoutes() => [.. ForeignRecordRoutes.All.Where(r => r.Value.Access == RecordAccess.Public).Select(r => r.Key)];

    public static TheoryData<string> PortalRoutesByTownship() =>
        [.. ForeignRecordRoutes.All.Where(r => r.Value.Access == RecordAccess.Public && r.Key.Contains("{code}", StringComparison.Ordinal)).Select(r => r.Key)];

    public static TheoryData<string> CountyRoutes() => [.. ForeignRecordRoutes.All.Where(r => r.Value.Access == RecordAccess.County).Select(r => r.Key)];

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

    [Fact]
    public void EveryPublicRoute_NamesARecordThePublicMustNotSee()
    {
        ForeignRecordRoutes.All.Where(r => r.Value.Access == RecordAccess.Public && r.Value.UnpublishedPathFor is null)
            .Select(r => r.Key).ToList().ShouldBeEmpty("公开路由须登记一条未公开的记录，用来证明草稿不会泄露：");
    }

    [Theory]
    [MemberData(nameof(RegisteredRoutes))]
    public async Task RecordOfAnotherTownship_WhenTownshipUser_IsNotFoundOrRefused(string key)
    {
        var route = ForeignRecordRoutes.All[key];
        // A public route serves every township's published records to everyone: what 小江镇 must not reach there is a
        // record 太霞乡 has not published.
        var path = route.Access == RecordAccess.Public ? await route.UnpublishedPathFor!(app) : await route.PathFor(app);
        var user = route.Access == RecordAccess.Township ? $"xiaojiang.{route.Role}" : ForeignRecordRoutes.OwnClerk;

        var response = await SendAsync(await app.ClientForAsync(user), key, path, route);

        if (route.Access is RecordAccess.Township or RecordAccess.Public)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{key} 对 {user} 而言，太霞乡的记录应返回 404：{await BodyAsync(response)}");
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
        var owner = route.Access switch
        {
            RecordAccess.Township => $"taixia.{route.Role}",
            RecordAccess.County => "county.reviewer",
            RecordAccess.AdministratorOnly => "admin",
            _ => null,
        };

        var response = await SendAsync(owner is null ? app.Anonymous() : await app.ClientForAsync(owner), key, path, route);

        ((int)response.StatusCode).ShouldBeInRange(200, 299, $"{key} as {owner ?? "公众"}: {EndpointCatalog.StatusText(response)} {await BodyAsync(response)}");
    }

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    public async Task UnpublishedRecord_WhenAnonymous_IsNotFound(string key)
    {
        var route = ForeignRecordRoutes.All[key];
        var path = await route.UnpublishedPathFor!(app);

        var response = await SendAsync(app.Anonymous(), key, path, route);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{key}: 未公开的记录不应对公众可见：{await BodyAsync(response)}");
    }

    [Theory]
    [MemberData(nameof(PortalRoutesByTownship))]
    public async Task PublishedRecord_UnderAnotherTownshipsPortal_IsNotFound(string key)
    {
        // 太霞乡's published record is public, but it is not 小江镇's: 小江镇's portal does not show it.
        var route = ForeignRecordRoutes.All[key];
        var ownPath = await route.PathFor(app);
        var path = ownPath.Replace($"/{ForeignRecordRoutes.OtherTownship}/", $"/{ForeignRecordRoutes.OwnTownship}/", StringComparison.Ordinal);
        path.ShouldNotBe(ownPath);

        var response = await SendAsync(app.Anonymous(), key, path, route);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{key}: {await BodyAsync(response)}");
    }

    [Theory]
    [MemberData(nameof(CountyRoutes))]
    public async Task CountyStep_WhenReviewerOfAnotherCounty_IsNotFound(string key)
    {
        var route = ForeignRecordRoutes.All[key];
        var path = await route.PathFor(app);
        var reviewer = await PlatformRecords.OtherCountyReviewerAsync(app);

        var response = await SendAsync(await app.ClientForAsync(reviewer), key, path, route);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{key}: 邻县审查员不应看到示范县乡镇的记录：{await BodyAsync(response)}");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string key, string path, ForeignRecordRoute route)
    {
        var method = key.StartsWith("PAGE ", StringComparison.Ordinal) ? "GET" : key.Split(' ')[0];
        var content = await route.ContentAsync(app, path);
        if (content is MultipartFormDataContent form)
        {
            // A form post carries the signed-in person's antiforgery token (ADR 0019), as the upload form on a page does;
            // without it every upload would be refused before its township is looked at.
            form.Add(new StringContent(await FazhiApp.AntiforgeryTokenAsync(client, "/workspace")), "__RequestVerificationToken");
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        return await client.SendAsync(request);
    }

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 300 ? body[..300] : body;
    }
}
