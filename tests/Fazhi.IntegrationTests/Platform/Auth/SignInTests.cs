using System.Net;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Platform.Auth;

public sealed class SignInTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    [Fact]
    public async Task SignIn_AsDemoClerk_RedirectsToWorkspaceShowingTheTownship()
    {
        var client = app.Anonymous();

        var response = await FazhiApp.SignInAsync(client, "xiaojiang.clerk", FazhiApp.DemoPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/workspace");
        var workspace = await client.GetStringAsync("/workspace");
        workspace.ShouldContain("小江镇人民政府");
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsChineseErrorAndNoCookie()
    {
        var client = app.Anonymous();

        var response = await FazhiApp.SignInAsync(client, "taixia.clerk", "wrong-password-1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("用户名或密码不正确");
        (await client.GetAsync("/workspace")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignIn_AfterFiveFailuresFromTheSameClient_WaitsEvenWithTheRightPassword()
    {
        // Counted per client and user name, not per account (issue 13 §3): SignInHardeningTests shows the owner elsewhere is not locked out.
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await FazhiApp.SignInAsync(client, "heshi.advisor", "wrong-password-" + i);
        }

        var response = await FazhiApp.SignInAsync(client, "heshi.advisor", FazhiApp.DemoPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("连续登录失败次数过多，请 60 秒后再试");
    }
}
