using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization.ManageUsers;
using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fazhi.IntegrationTests.Platform.Security;

/// <summary>Identity's password hasher, counting how often a typed password is checked against a hash.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<FazhiUser>
{
    private readonly PasswordHasher<FazhiUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(FazhiUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(FazhiUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>Fazhi behind a proxy (clients at distinct addresses) with a hasher that counts its checks.</summary>
public sealed class SignInApp : FazhiApp
{
    public CountingPasswordHasher Hasher { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Fazhi:Security:ForwardedHeaders:Enabled", "true")];

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<IPasswordHasher<FazhiUser>>();
        services.AddSingleton<IPasswordHasher<FazhiUser>>(Hasher);
    }
}

/// <summary>An installation that is not the demo: no demo data, SeedDemoData false.</summary>
public sealed class ProductionApp() : FazhiApp(NewDataFolder(), UsesPostgres ? NewPostgresDatabase() : null, seedDemoData: false);

/// <summary>
/// Issue 13 §3: sign-in tells nobody which accounts exist (same answer, same password-hash work), failures slow down
/// only the client that makes them and never lock the owner out, and the password policy refuses what attackers try
/// first: common passwords, repeated characters, the user name, and the published demo password outside the demo.
/// </summary>
public sealed class SignInHardeningTests(SignInApp app, ProductionApp production) : IClassFixture<SignInApp>, IClassFixture<ProductionApp>
{
    /// <summary>The message above the sign-in form.</summary>
    private static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return page.QuerySelector(".validation-summary-errors li")?.TextContent.Trim() ?? "";
    }

    [Fact]
    public async Task UnknownUser_GetsTheAnswerOfAWrongPassword_AfterTheSamePasswordHashCheck()
    {
        var before = app.Hasher.Verifications;
        var unknown = await FazhiApp.SignInAsync(SecurityClients.From(app, "203.0.113.1"), "nobody.clerk", "Wrong-password-2026");
        var afterUnknown = app.Hasher.Verifications;
        var wrong = await FazhiApp.SignInAsync(SecurityClients.From(app, "203.0.113.1"), "taixia.clerk", "Wrong-password-2026");
        var afterWrong = app.Hasher.Verifications;

        unknown.StatusCode.ShouldBe(wrong.StatusCode);
        (await ErrorOfAsync(unknown)).ShouldBe("用户名或密码不正确。");
        (await ErrorOfAsync(wrong)).ShouldBe("用户名或密码不正确。");
        (afterUnknown - before).ShouldBe(1);
        (afterWrong - afterUnknown).ShouldBe(1);
    }

    [Fact]
    public async Task DisabledUser_GetsTheAnswerOfAWrongPassword()
    {
        await app.WithDbAsync(async db =>
        {
            var user = db.Users.Single(u => u.UserName == "dazhanglou.advisor");
            user.IsDisabled = true;
            return await db.SaveChangesAsync();
        });

        var response = await FazhiApp.SignInAsync(SecurityClients.From(app, "203.0.113.2"), "dazhanglou.advisor", FazhiApp.DemoPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ErrorOfAsync(response)).ShouldBe("用户名或密码不正确。");
    }

    [Fact]
    public async Task Stranger_FailingTenTimesFromElsewhere_DoesNotLockTheOwnerOut()
    {
        var stranger = SecurityClients.From(app, "203.0.113.66");
        for (var i = 0; i < 10; i++)
        {
            await FazhiApp.SignInAsync(stranger, "taixia.leader", $"Guess-{i}-password");
        }

        var owner = await FazhiApp.SignInAsync(SecurityClients.From(app, "203.0.113.10"), "taixia.leader", FazhiApp.DemoPassword);
        var strangerWithTheRightPassword = await FazhiApp.SignInAsync(stranger, "taixia.leader", FazhiApp.DemoPassword);

        owner.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ErrorOfAsync(strangerWithTheRightPassword)).ShouldContain("连续登录失败次数过多");
    }

    [Fact]
    public async Task FailuresFromOneClient_MakeItWait_LongerEachTime_AndAnUnknownNameWaitsAlike()
    {
        var client = SecurityClients.From(app, "203.0.113.20");
        for (var i = 0; i < 5; i++)
        {
            (await ErrorOfAsync(await FazhiApp.SignInAsync(client, "heshi.leader", $"Guess-{i}-password"))).ShouldBe("用户名或密码不正确。");
            await FazhiApp.SignInAsync(client, "ghost.leader", $"Guess-{i}-password");
        }

        (await ErrorOfAsync(await FazhiApp.SignInAsync(client, "heshi.leader", FazhiApp.DemoPassword))).ShouldContain("请 60 秒后再试");
        (await ErrorOfAsync(await FazhiApp.SignInAsync(client, "ghost.leader", "Guess-9-password"))).ShouldContain("请 60 秒后再试");

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        (await ErrorOfAsync(await FazhiApp.SignInAsync(client, "heshi.leader", "Guess-6-password"))).ShouldBe("用户名或密码不正确。");
        (await ErrorOfAsync(await FazhiApp.SignInAsync(client, "heshi.leader", FazhiApp.DemoPassword))).ShouldContain("请 2 分钟后再试");

        app.Clock.Advance(TimeSpan.FromSeconds(121));
        (await FazhiApp.SignInAsync(client, "heshi.leader", FazhiApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("aaaaaaaaa1", "重复的字符过多")]
    [InlineData("password12", "过于常见")]
    [InlineData("qwerty123456", "过于常见")]
    [InlineData("woaini1314520", "过于常见")]
    [InlineData("abc1234567", "过于常见")]
    [InlineData("taixia.zhaoyun2026", "不能包含用户名")]
    [InlineData("zhaoyun-law-2026", "不能包含用户名")]
    public async Task NewUser_WithAGuessablePassword_IsRefusedBesideThePasswordField(string password, string reason)
    {
        var response = await CreateUserAsync("taixia.zhaoyun", password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        (page.QuerySelector("span.field-error[data-valmsg-for='Password']")?.TextContent ?? "").ShouldContain(reason);
    }

    [Fact]
    public async Task NewUser_WithAPasswordOfItsOwn_IsCreated()
    {
        (await CreateUserAsync("taixia.qianli", "Qingshan-river-2026")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task DemoPassword_IsRefusedOutsideTheDemo_AndAllowedInIt()
    {
        var refused = await Should.ThrowAsync<BusinessRuleException>(() => production.InScopeAsync(TenantContext.System, sp =>
            ActivatorUtilities.CreateInstance<UserAdministration>(sp).CreateAsync(
                new UserInput { UserName = "zhang.admin", DisplayName = "张管理", Roles = [Roles.Administrator] }, FazhiApp.DemoPassword)));
        var allowedInTheDemo = await app.InScopeAsync(TenantContext.System, sp =>
            ActivatorUtilities.CreateInstance<UserAdministration>(sp).CreateAsync(
                new UserInput { UserName = "zhang.admin", DisplayName = "张管理", Roles = [Roles.Administrator] }, FazhiApp.DemoPassword));

        refused.Message.ShouldContain("不能使用演示密码");
        allowedInTheDemo.UserName.ShouldBe("zhang.admin");
    }

    private async Task<HttpResponseMessage> CreateUserAsync(string userName, string password)
    {
        var admin = await SecurityClients.SignedInFromAsync(app, "203.0.113.30", "admin");
        var taixia = await app.WithDbAsync(db => Task.FromResult(db.Set<Fazhi.Modules.Organization.Township>().Single(t => t.Name == "太霞乡").Id));
        return await admin.PostAsync("/admin/users/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "赵云",
            ["Input.Position"] = "司法所工作人员",
            ["Input.Roles"] = Roles.LegalClerk,
            ["Input.TownshipId"] = taixia.ToString(),
            ["Password"] = password,
            ["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(admin, "/admin/users/new"),
        }));
    }
}
