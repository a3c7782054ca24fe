using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.ErrorHandling;

/// <summary>Bad input on a page form comes back as the same form with Chinese errors beside the fields, never a 500.</summary>
public sealed class PageFormErrorTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string NewUserPage = "/admin/users/new";

    private static async Task<HttpResponseMessage> PostNewUserAsync(HttpClient admin, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(admin, NewUserPage);
        return await admin.PostAsync(NewUserPage, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task CreateUser_WithInvalidUserNameAndNoRole_ShowsChineseErrorsBesideTheFields()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await PostNewUserAsync(admin, new Dictionary<string, string>
        {
            ["Input.UserName"] = "张 三!",
            ["Input.DisplayName"] = "张三",
            ["Password"] = "",
        });

        // An invalid step form is shown again with status 400 (ADR 0010).
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        string ErrorBeside(string field) =>
            page.QuerySelector($".field span.field-error[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";
        ErrorBeside("Input.UserName").ShouldBe("用户名为 3–50 位字母、数字或 ._-@+。");
        ErrorBeside("Input.Roles").ShouldBe("请至少选择一个角色。");
        ErrorBeside("Password").ShouldBe("请设置初始密码。");
        // The form keeps what was typed.
        page.QuerySelector("input[name='Input.DisplayName']")!.GetAttribute("value").ShouldBe("张三");
        (await app.WithDbAsync(db => db.Users.CountAsync(u => u.DisplayName == "张三"))).ShouldBe(0);
    }

    [Fact]
    public async Task CreateUser_ForTaixiaAsLegalClerk_CanSignInAndSeesTaixiaWorkspace()
    {
        var admin = await app.ClientForAsync("admin");
        var taixia = await app.WithDbAsync(db => db.Set<Township>().Where(t => t.Name == "太霞乡").Select(t => t.Id).SingleAsync());

        var response = await PostNewUserAsync(admin, new Dictionary<string, string>
        {
            ["Input.UserName"] = "taixia.wang",
            ["Input.DisplayName"] = "王法制",
            ["Input.Position"] = "司法所工作人员",
            ["Input.Roles"] = Roles.LegalClerk,
            ["Input.TownshipId"] = taixia.ToString(),
            ["Password"] = "wangfazhi2026",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/admin/users")).ShouldContain("taixia.wang");
        var user = await app.ClientForAsync("taixia.wang", "wangfazhi2026");
        var workspace = await user.GetStringAsync("/workspace");
        workspace.ShouldContain("太霞乡");
        workspace.ShouldNotContain("小江镇");
    }
}
