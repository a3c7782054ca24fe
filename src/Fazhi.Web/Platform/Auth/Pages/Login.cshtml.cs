using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth.SignIn;
using Fazhi.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Auth.Pages;

/// <summary>
/// Sign-in (issue 13 §3): one answer for a wrong password, an unknown and a disabled account, each after one password
/// hash check; failures slow down only the client that makes them (<see cref="SignInThrottle"/>), never the account.
/// </summary>
internal sealed class LoginModel(
    SignInManager<FazhiUser> signInManager,
    UserManager<FazhiUser> userManager,
    IPasswordHasher<FazhiUser> passwordHasher,
    SignInThrottle throttle) : PageModel
{
    internal const string WrongCredentials = "用户名或密码不正确。";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var client = RequestLimitsModule.ClientAddress(HttpContext);
        var userName = Input.UserName.Trim();
        if (throttle.WaitFor(client, userName) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            ModelState.AddModelError(string.Empty, $"该用户名在本机连续登录失败次数过多，请 {RequestLimitsModule.RetryText(seconds)}后再试；忘记密码请联系系统管理员重置。");
            return Page();
        }

        var user = await userManager.FindByNameAsync(userName);
        var signedIn = false;
        if (user is null || user.IsDisabled)
        {
            // The same hash check as for a real account: the answer's timing must not tell which accounts exist.
            passwordHasher.VerifyHashedPassword(user ?? new FazhiUser(), MissingAccount.PasswordHash, Input.Password);
        }
        else
        {
            // Never locked by failures (lockoutOnFailure: false): a stranger who knows the name could lock its owner out.
            signedIn = (await signInManager.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false)).Succeeded;
        }

        if (!signedIn)
        {
            throttle.Failed(client, userName);
            ModelState.AddModelError(string.Empty, WrongCredentials);
            return Page();
        }

        throttle.Succeeded(client, userName);
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }

        var roles = await userManager.GetRolesAsync(user!);
        return Redirect(roles.Contains(Roles.Administrator) ? "/admin"
            : roles.Contains(Roles.CountyReviewer) ? "/county"
            : "/workspace");
    }

    internal sealed class LoginInput
    {
        [Required(ErrorMessage = "请输入用户名。")]
        [MaxLength(100, ErrorMessage = "用户名过长。")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请输入密码。")]
        [MaxLength(200, ErrorMessage = "密码过长。")]
        public string Password { get; set; } = "";
    }
}
