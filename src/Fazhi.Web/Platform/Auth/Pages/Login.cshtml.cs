using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Auth.Pages;

internal sealed class LoginModel(SignInManager<FazhiUser> signInManager, UserManager<FazhiUser> userManager) : PageModel
{
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

        var user = await userManager.FindByNameAsync(Input.UserName);
        if (user is null || user.IsDisabled)
        {
            ModelState.AddModelError(string.Empty, "用户名或密码不正确。");
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, "连续登录失败次数过多，账户已锁定 15 分钟，请稍后再试或联系系统管理员。");
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "用户名或密码不正确。");
            return Page();
        }

        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }

        var roles = await userManager.GetRolesAsync(user);
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
