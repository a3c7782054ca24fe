using System.Security.Claims;
using Fazhi.Platform.Auth.Sessions;
using Fazhi.Platform.Auth.SignIn;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Fazhi.Platform.Auth;

public static class AuthModule
{
    private const int WorkingDayHours = 8;

    public static IServiceCollection AddFazhiAuth(this IServiceCollection services)
    {
        services.AddIdentity<FazhiUser, IdentityRole<Guid>>(options =>
            {
                // A government system holding personal data: long passwords with digits and letters, and none of the
                // common or guessable ones (PasswordPolicy). Identity's lockout is configured but never counted: sign-in
                // passes lockoutOnFailure: false, because anyone who knows a user name could lock its owner out;
                // SignInThrottle slows down the failing client instead (ADR 0013).
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<FazhiDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<FazhiClaimsFactory>()
            .AddPasswordValidator<PasswordPolicy>();

        // Every request checks the cookie's security stamp against the account (issue 13 §2), with one small query
        // instead of Identity's validator, which would rebuild the principal and reissue the cookie each time.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionValidator>());
        services.AddScoped<UserSessions>();
        services.AddSingleton<SignInThrottle>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "fazhi.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            // A signed-in session lasts a working day (sliding); a duration, not a time zone.
            options.ExpireTimeSpan = TimeSpan.FromHours(WorkingDayHours);
            // The API answers 401/403 as ProblemDetails instead of redirecting to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Workspace, p => p.RequireAuthenticatedUser().RequireClaim(FazhiClaims.TownshipId))
            .AddPolicy(Policies.County, p => p.RequireRole(Roles.CountyReviewer).RequireClaim(FazhiClaims.CountyId))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator));

        services.AddScoped<CurrentTenant>();
        return services;
    }

    private static async Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails =
                {
                    Status = status,
                    Title = status == StatusCodes.Status401Unauthorized ? "请先登录" : "无权执行此操作",
                },
            });
            return;
        }

        context.Response.Redirect(context.RedirectUri);
    }

    /// <summary>Resolves the caller's tenancy once per request, after authentication.</summary>
    public static IApplicationBuilder UseFazhiTenancy(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var current = context.RequestServices.GetRequiredService<CurrentTenant>();
            current.Value = await ResolveAsync(context.User, context.RequestServices.GetRequiredService<FazhiDbContext>(), context.RequestAborted);
            await next(context);
        });

    internal static async Task<TenantContext> ResolveAsync(ClaimsPrincipal user, FazhiDbContext db, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return TenantContext.Anonymous;
        }

        var name = user.FindFirstValue(FazhiClaims.DisplayName) ?? user.Identity.Name ?? "";
        if (user.IsInRole(Roles.Administrator))
        {
            return TenantContext.ForAdministrator(userId, name);
        }

        var countyId = Guid.TryParse(user.FindFirstValue(FazhiClaims.CountyId), out var c) ? c : (Guid?)null;
        if (Guid.TryParse(user.FindFirstValue(FazhiClaims.TownshipId), out var townshipId) && countyId is not null)
        {
            return TenantContext.ForTownship(userId, name, countyId.Value, townshipId);
        }

        if (countyId is not null && user.IsInRole(Roles.CountyReviewer))
        {
            var townships = await db.Set<Modules.Organization.Township>()
                .Where(t => t.CountyId == countyId)
                .Select(t => t.Id)
                .ToListAsync(ct);
            return TenantContext.ForCounty(userId, name, countyId.Value, townships);
        }

        return TenantContext.Anonymous;
    }
}

/// <summary>Puts township, county and display name into the cookie so tenancy needs no lookup per request.</summary>
internal sealed class FazhiClaimsFactory(
    UserManager<FazhiUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options,
    FazhiDbContext db)
    : UserClaimsPrincipalFactory<FazhiUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(FazhiUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FazhiClaims.DisplayName, user.DisplayName));
        if (user.TownshipId is { } townshipId)
        {
            identity.AddClaim(new Claim(FazhiClaims.TownshipId, townshipId.ToString()));
            var countyId = await db.Set<Modules.Organization.Township>().Where(t => t.Id == townshipId).Select(t => t.CountyId).SingleAsync();
            identity.AddClaim(new Claim(FazhiClaims.CountyId, countyId.ToString()));
        }
        else if (user.CountyId is { } countyId)
        {
            identity.AddClaim(new Claim(FazhiClaims.CountyId, countyId.ToString()));
        }

        return identity;
    }
}

/// <summary>Identity's messages in Chinese, so a clerk sees why a password or user name was refused.</summary>
internal sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码至少需要 {length} 位。" };

    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "密码必须包含数字。" };

    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "密码必须包含小写字母。" };

    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "密码必须包含大写字母。" };

    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "密码必须包含符号。" };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"用户名“{userName}”已被使用。" };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"用户名“{userName}”无效，只能使用字母、数字和 -._@+。" };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "密码不正确。" };

    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = $"用户已是{Roles.Label(role)}。" };
}
