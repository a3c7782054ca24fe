using System.Net;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Documents.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>
/// Issue 13 §2: signing out, disabling an account, moving it to another township, changing its roles or its password
/// end every existing session at once. Each test keeps a copy of the sign-in cookie, as someone who read it off a
/// shared computer or a proxy log would, and shows it works before the change and is refused right after.
/// </summary>
public sealed class SessionEndTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string WorkspaceApi = "/api/workspace/villages";

    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string userName, string password = FazhiApp.DemoPassword)
    {
        var browser = app.Anonymous();
        var response = await FazhiApp.SignInAsync(browser, userName, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = SecurityClients.AuthCookie(response);
        cookie.ShouldNotBeEmpty();
        (await SecurityClients.ReplayAsync(app, cookie, HttpMethod.Get, WorkspaceApi)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (browser, cookie);
    }

    private async Task ShouldBeRefusedAsync(string cookie)
    {
        (await SecurityClients.ReplayAsync(app, cookie, HttpMethod.Get, WorkspaceApi)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await SecurityClients.ReplayAsync(app, cookie, HttpMethod.Get, "/workspace");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    private Task<Guid> UserIdAsync(string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<Guid> TownshipIdAsync(string name) =>
        app.WithDbAsync(db => db.Set<Township>().Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    /// <summary>Saves the user on the admin page as an administrator would, changing what is given.</summary>
    private async Task EditUserAsync(string userName, string[] roles, Guid townshipId, string? password = null)
    {
        var admin = await app.ClientForAsync("admin");
        var id = await UserIdAsync(userName);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.UserName", userName),
            new("Input.DisplayName", user.DisplayName),
            new("Input.Position", user.Position ?? ""),
            new("Input.TownshipId", townshipId.ToString()),
            new("Password", password ?? ""),
            new("__RequestVerificationToken", await FazhiApp.AntiforgeryTokenAsync(admin, $"/admin/users/{id}")),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));

        var response = await admin.PostAsync($"/admin/users/{id}", new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignOut_RefusesACopyOfTheCookieAtOnce()
    {
        var (browser, cookie) = await SignInAsync("taixia.officer");
        var token = await FazhiApp.AntiforgeryTokenAsync(browser, "/workspace");

        var signOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ShouldBeRefusedAsync(cookie);
        (await FazhiApp.SignInAsync(app.Anonymous(), "taixia.officer", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task DisablingAUser_StopsItsOpenSessionFromCreatingDocuments()
    {
        var (_, cookie) = await SignInAsync("touying.officer");
        var admin = await app.ClientForAsync("admin");
        var id = await UserIdAsync("touying.officer");
        var token = await FazhiApp.AntiforgeryTokenAsync(admin, $"/admin/users/{id}");

        (await admin.PostAsync($"/admin/users/{id}?handler=ToggleDisabled", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var create = await SecurityClients.ReplayAsync(app, cookie, HttpMethod.Post, "/api/workspace/documents",
            SecurityClients.Json(new { title = "停用后起草的文件", body = "第一条 停用账户不得继续起草文件。" }));

        create.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.WithDbAsync(db => db.Set<NormativeDocument>().AnyAsync(d => d.Title == "停用后起草的文件"))).ShouldBeFalse();
        await ShouldBeRefusedAsync(cookie);
    }

    [Fact]
    public async Task MovingAUserToAnotherTownship_EndsTheSessionOfTheOldTownship()
    {
        var (_, cookie) = await SignInAsync("heshi.officer");

        await EditUserAsync("heshi.officer", [Roles.EnforcementOfficer], await TownshipIdAsync("大张楼镇"));

        await ShouldBeRefusedAsync(cookie);
        var (browser, _) = await SignInAsync("heshi.officer");
        var workspace = await browser.GetStringAsync("/workspace");
        workspace.ShouldContain("大张楼镇");
        workspace.ShouldNotContain("河市镇人民政府");
    }

    [Fact]
    public async Task ChangingAUsersRoles_EndsItsSessions()
    {
        var (_, cookie) = await SignInAsync("dazhanglou.officer");

        await EditUserAsync("dazhanglou.officer", [Roles.LegalClerk], await TownshipIdAsync("大张楼镇"));

        await ShouldBeRefusedAsync(cookie);
    }

    [Fact]
    public async Task ChangingAUsersPassword_EndsItsSessions_AndOnlyTheNewPasswordSignsIn()
    {
        var (_, cookie) = await SignInAsync("xiaojiang.officer");

        await EditUserAsync("xiaojiang.officer", [Roles.EnforcementOfficer], await TownshipIdAsync("小江镇"), password: "Qingshan-river-2026");

        await ShouldBeRefusedAsync(cookie);
        (await FazhiApp.SignInAsync(app.Anonymous(), "xiaojiang.officer", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FazhiApp.SignInAsync(app.Anonymous(), "xiaojiang.officer", "Qingshan-river-2026")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
