using System.Security.Claims;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Auth.Sessions;

/// <summary>
/// Ends every session of an account by giving it a new security stamp, which <see cref="SessionValidator"/> compares
/// on each request. Signing out uses it, so a copied or replayed cookie stops working with the sign-out (issue 13 §2).
/// </summary>
internal sealed partial class UserSessions(UserManager<FazhiUser> users, FazhiDbContext db, ILogger<UserSessions> logger)
{
    private const int Attempts = 3;

    public async Task EndAllAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (users.GetUserId(principal) is not { } id)
        {
            return;
        }

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return;
            }

            try
            {
                if ((await users.UpdateSecurityStampAsync(user)).Succeeded)
                {
                    return;
                }
            }
            catch (DbUpdateException)
            {
                // Another write of the same township took the audit chain's head first (ADR 0008); try again below.
            }

            // A concurrent change of the account or its township's audit chain won: reload and stamp again.
            db.ChangeTracker.Clear();
        }

        LogNotEnded(logger, id);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sessions of user {UserId} could not be ended at sign-out: the security stamp was not saved")]
    private static partial void LogNotEnded(ILogger logger, string userId);
}
