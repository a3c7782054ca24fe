using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Organization.ManageUsers.Pages;

internal sealed class EditModel(FazhiDbContext db, UserManager<FazhiUser> users, UserAdministration administration) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    [MaxLength(100, ErrorMessage = "密码过长。")]
    public string? Password { get; set; }

    public bool IsNew => string.Equals(RouteData.Values["id"] as string, "new", StringComparison.OrdinalIgnoreCase);

    public bool IsDisabled { get; private set; }

    public List<Township> Townships { get; private set; } = [];

    public List<Organization.County> Counties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        await LoadListsAsync();
        if (IsNew)
        {
            return Page();
        }

        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        IsDisabled = user.IsDisabled;
        Input = new UserInput
        {
            UserName = user.UserName!,
            DisplayName = user.DisplayName,
            Position = user.Position,
            TownshipId = user.TownshipId,
            CountyId = user.CountyId,
            Roles = [.. await users.GetRolesAsync(user)],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        await LoadListsAsync();
        FazhiUser? user = null;
        if (!IsNew)
        {
            user = await FindAsync(id);
            if (user is null)
            {
                return NotFound();
            }

            IsDisabled = user.IsDisabled;
        }

        if (IsNew && string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "请设置初始密码。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (user is null)
            {
                user = await administration.CreateAsync(Input, Password!);
                TempData["Flash"] = $"已创建用户 {user.UserName}。";
            }
            else
            {
                await administration.UpdateAsync(user, Input);
                if (!string.IsNullOrEmpty(Password))
                {
                    await administration.ResetPasswordAsync(user, Password);
                }

                TempData["Flash"] = $"已保存用户 {user.UserName}。";
            }
        }
        catch (BusinessRuleException e)
        {
            var field = e.Code switch
            {
                "organization.user.township-required" => "Input.TownshipId",
                "organization.user.county-required" => "Input.CountyId",
                "organization.user.roles" or "organization.user.mixed-levels" => "Input.Roles",
                _ => e.Message.Contains("密码", StringComparison.Ordinal) ? nameof(Password) : "Input.UserName",
            };
            ModelState.AddModelError(field, e.Message);
            return Page();
        }

        return Redirect("/admin/users");
    }

    public async Task<IActionResult> OnPostToggleDisabledAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        user.IsDisabled = !user.IsDisabled;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        TempData["Flash"] = user.IsDisabled ? $"已停用用户 {user.UserName}。" : $"已启用用户 {user.UserName}。";
        return Redirect("/admin/users");
    }

    private async Task<FazhiUser?> FindAsync(string id) =>
        Guid.TryParse(id, out var guid) ? await users.FindByIdAsync(guid.ToString()) : null;

    private async Task LoadListsAsync()
    {
        Townships = await db.Set<Township>().OrderBy(t => t.DivisionCode).ToListAsync();
        Counties = await db.Set<Fazhi.Modules.Organization.County>().OrderBy(c => c.DivisionCode).ToListAsync();
    }
}
