using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Identity;

namespace Fazhi.Modules.Organization.ManageUsers;

internal sealed class UserInput
{
    [Required(ErrorMessage = "请填写用户名。")]
    [RegularExpression(@"^[A-Za-z0-9._\-@+]{3,50}$", ErrorMessage = "用户名为 3–50 位字母、数字或 ._-@+。")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写姓名。")]
    [MaxLength(50, ErrorMessage = "姓名不超过 50 字。")]
    public string DisplayName { get; set; } = "";

    [MaxLength(50, ErrorMessage = "职务不超过 50 字。")]
    public string? Position { get; set; }

    [MinLength(1, ErrorMessage = "请至少选择一个角色。")]
    public List<string> Roles { get; set; } = [];

    public Guid? TownshipId { get; set; }

    public Guid? CountyId { get; set; }

    /// <summary>分管领导 or 主要领导, for a 领导 account (the two signatures of a normative document, ADR 0027).</summary>
    public LeaderPost LeaderPost { get; set; }
}

/// <summary>Creates users and gives them roles and a township or county; admin pages and demo data share it.</summary>
internal sealed class UserAdministration(UserManager<FazhiUser> users)
{
    public async Task<FazhiUser> CreateAsync(UserInput input, string password)
    {
        Validate(input);
        var user = new FazhiUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName.Trim(),
            Position = input.Position?.Trim(),
            TownshipId = IsTownshipUser(input) ? input.TownshipId : null,
            CountyId = input.Roles.Contains(Platform.Auth.Roles.CountyReviewer) ? input.CountyId : null,
            LeaderPost = PostOf(input),
            LockoutEnabled = true,
        };
        Throw(await users.CreateAsync(user, password));
        Throw(await users.AddToRolesAsync(user, input.Roles));
        return user;
    }

    public async Task UpdateAsync(FazhiUser user, UserInput input)
    {
        Validate(input);
        user.DisplayName = input.DisplayName.Trim();
        user.Position = input.Position?.Trim();
        user.TownshipId = IsTownshipUser(input) ? input.TownshipId : null;
        user.CountyId = input.Roles.Contains(Platform.Auth.Roles.CountyReviewer) ? input.CountyId : null;
        user.LeaderPost = PostOf(input);
        Throw(await users.UpdateAsync(user));
        var current = await users.GetRolesAsync(user);
        Throw(await users.RemoveFromRolesAsync(user, current.Except(input.Roles)));
        Throw(await users.AddToRolesAsync(user, input.Roles.Except(current)));
        // Roles and township are in the cookie: invalidate existing sign-ins.
        Throw(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>
    /// The administrator's step on the users page: creates <paramref name="user"/> when it is null (a password is then
    /// required), otherwise updates it and, when <paramref name="password"/> is given, resets the password.
    /// </summary>
    public async Task<FazhiUser> SaveAsync(Actor admin, FazhiUser? user, UserInput input, string? password)
    {
        WhoMayRule.Of<UsersManagedByAdministrator>().Check(admin);
        if (user is null)
        {
            return await CreateAsync(input, password ?? "");
        }

        await UpdateAsync(user, input);
        if (!string.IsNullOrEmpty(password))
        {
            await ResetPasswordAsync(user, password);
        }

        return user;
    }

    /// <summary>停用/启用 an account; existing sign-ins end at once (security stamp).</summary>
    public async Task SetDisabledAsync(Actor admin, FazhiUser user, bool disabled)
    {
        WhoMayRule.Of<UsersManagedByAdministrator>().Check(admin);
        ArgumentNullException.ThrowIfNull(user);
        user.IsDisabled = disabled;
        Throw(await users.UpdateAsync(user));
        Throw(await users.UpdateSecurityStampAsync(user));
    }

    public async Task ResetPasswordAsync(FazhiUser user, string password)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Throw(await users.ResetPasswordAsync(user, token, password));
        Throw(await users.SetLockoutEndDateAsync(user, null));
        Throw(await users.ResetAccessFailedCountAsync(user));
    }

    /// <summary>Only a 领导 holds a leader post; taking the role away takes the post with it.</summary>
    private static LeaderPost PostOf(UserInput input) =>
        input.Roles.Contains(Platform.Auth.Roles.Leader) && Enum.IsDefined(input.LeaderPost) ? input.LeaderPost : LeaderPost.None;

    private static bool IsTownshipUser(UserInput input) =>
        input.Roles.Any(r => Platform.Auth.Roles.Township.Contains(r));

    private static void Validate(UserInput input)
    {
        if (input.Roles.Count == 0 || input.Roles.Any(r => !Platform.Auth.Roles.All.Contains(r)))
        {
            throw new BusinessRuleException("organization.user.roles", "请至少选择一个有效角色。");
        }

        if (IsTownshipUser(input) && input.TownshipId is null)
        {
            throw new BusinessRuleException("organization.user.township-required", "法制员、执法人员、领导和法律顾问必须归属一个乡镇。");
        }

        if (input.Roles.Contains(Platform.Auth.Roles.CountyReviewer) && input.CountyId is null)
        {
            throw new BusinessRuleException("organization.user.county-required", "县级审查员必须归属一个县（区）。");
        }

        if (IsTownshipUser(input) && input.Roles.Contains(Platform.Auth.Roles.CountyReviewer))
        {
            throw new BusinessRuleException("organization.user.mixed-levels", "同一账户不能同时担任乡镇角色和县级审查员，请分别建立账户。");
        }
    }

    private static void Throw(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new BusinessRuleException("organization.user.identity", string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>
/// Accounts, their roles and their township or county are kept by the system administrator alone (网络安全等级保护:
/// 系统管理员 manages accounts and rights; township and county staff cannot grant themselves roles) (ADR 0010).
/// </summary>
internal sealed class UsersManagedByAdministrator() : WhoMayRule(
    "organization.users.who", "用户账号、角色和所属单位由系统管理员管理，请使用系统管理员账户操作。", Platform.Auth.Roles.Administrator);
