using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Organization.ManageUsers.Pages;

internal sealed class EditModel(FazhiDbContext db, UserManager<FazhiUser> users, UserAdministration administration) : PageModel, IStepPage
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

    /// <summary>
    /// The form's one conditional requirement, a new account's password, joins the other field errors before
    /// StepPageFilter decides whether the form is valid (the page model's own filter runs first).
    /// </summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // 停用/启用 is its own form with no account fields: the account form's bound (empty) fields are not its input.
        if (context.HandlerMethod?.Name == "ToggleDisabled")
        {
            ModelState.Clear();
            return;
        }

        if (HttpMethods.IsPost(Request.Method) && IsNew && string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "请设置初始密码。");
        }
    }

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
            LeaderPost = user.LeaderPost,
            Roles = [.. await users.GetRolesAsync(user)],
        };
        return Page();
    }

    [WhoMay<UsersManagedByAdministrator>]
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

        try
        {
            var created = user is null;
            user = await administration.SaveAsync(User.ToActor(), user, Input, Password);
            TempData["Flash"] = created ? $"已创建用户 {user.UserName}。" : $"已保存用户 {user.UserName}。";
        }
        catch (BusinessRuleException e) when (e is not StepForbiddenException)
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

    [WhoMay<UsersManagedByAdministrator>]
    public async Task<IActionResult> OnPostToggleDisabledAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await administration.SetDisabledAsync(User.ToActor(), user, !user.IsDisabled);
        TempData["Flash"] = user.IsDisabled ? $"已停用用户 {user.UserName}。" : $"已启用用户 {user.UserName}。";
        return Redirect("/admin/users");
    }

    /// <summary>An invalid form is shown again (StepPageFilter) with the lists it offers and the account's state.</summary>
    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        await LoadListsAsync();
        if (!IsNew)
        {
            if (await FindAsync(RouteData.Values["id"] as string ?? "") is not { } user)
            {
                return false;
            }

            IsDisabled = user.IsDisabled;
        }

        return true;
    }

    private async Task<FazhiUser?> FindAsync(string id) =>
        Guid.TryParse(id, out var guid) ? await users.FindByIdAsync(guid.ToString()) : null;

    private async Task LoadListsAsync()
    {
        Townships = await db.Set<Township>().OrderBy(t => t.DivisionCode).ToListAsync();
        Counties = await db.Set<Fazhi.Modules.Organization.County>().OrderBy(c => c.DivisionCode).ToListAsync();
    }
}
