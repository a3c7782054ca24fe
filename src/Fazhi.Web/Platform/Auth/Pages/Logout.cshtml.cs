using Fazhi.Platform.Auth.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Auth.Pages;

internal sealed class LogoutModel(SignInManager<FazhiUser> signInManager, UserSessions sessions) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Deleting the cookie in this browser is not enough: a copy of it (on another device, in a proxy's log) must stop
        // working too, so the account gets a new security stamp and every earlier cookie is refused (issue 13 §2).
        await sessions.EndAllAsync(User, ct);
        await signInManager.SignOutAsync();
        return Redirect("/");
    }
}
