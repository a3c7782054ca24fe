using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Fazhi.Platform.Auth.SignIn;

/// <summary>
/// A password hash of no account, made like every real one (Identity's hasher, same iterations). Sign-in verifies
/// the typed password against it when the user name is unknown or disabled, so that answer costs what a wrong
/// password costs and its timing does not tell which accounts exist (issue 13 §3).
/// </summary>
internal static class MissingAccount
{
    private static readonly Lazy<string> LazyHash = new(() =>
        new PasswordHasher<FazhiUser>().HashPassword(new FazhiUser(), Convert.ToHexString(RandomNumberGenerator.GetBytes(32))));

    public static string PasswordHash => LazyHash.Value;
}
