using System.Collections.Frozen;
using Fazhi.Platform.Data;
using Microsoft.AspNetCore.Identity;

namespace Fazhi.Platform.Auth.SignIn;

/// <summary>
/// Passwords an attacker tries first are refused (issue 13 §3), on top of Identity's length and character rules:
/// anything in the bundled list of common passwords (<c>Data/common-passwords.txt</c>) or such a password with digits
/// or letters added before or after it (<c>password12</c>, <c>abc1234567</c>); passwords of fewer than five different
/// characters (<c>aaaaaaaaa1</c>); passwords containing the user name; and the published demo password on any
/// installation that does not run the demo (<c>Fazhi:SeedDemoData</c> false).
/// </summary>
internal sealed class PasswordPolicy(FazhiStorageOptions storage) : IPasswordValidator<FazhiUser>
{
    /// <summary>The demo accounts' password, printed in the README: anyone can read it.</summary>
    internal const string DemoPassword = "Fazhi2026demo";

    internal const int MinimumDistinctCharacters = 5;

    /// <summary>Parts of a user name this long or longer may not appear in the password (<c>xiaojiang</c> of <c>xiaojiang.clerk</c>).</summary>
    private const int MinimumNamePartLength = 5;

    private const string ListResource = "Fazhi.Platform.Auth.Data.common-passwords.txt";

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadList);

    internal static int CommonPasswordCount => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<FazhiUser> manager, FazhiUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var errors = Check(password ?? "", user.UserName, demoAllowed: storage.SeedDemoData)
            .Select(e => new IdentityError { Code = e.Code, Description = e.Message })
            .ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    internal static IEnumerable<(string Code, string Message)> Check(string password, string? userName, bool demoAllowed)
    {
        if (password.Length == 0)
        {
            yield break;   // Identity's own rules say that a password is required and how long
        }

        var lower = password.ToLowerInvariant();
        if (!demoAllowed && string.Equals(password, DemoPassword, StringComparison.OrdinalIgnoreCase))
        {
            yield return ("PasswordIsDemo", $"不能使用演示密码 {DemoPassword}：它写在公开的说明文档里，任何人都知道。请设置只有本人知道的密码。");
        }
        else if (IsCommon(lower))
        {
            yield return ("PasswordTooCommon", "该密码过于常见（在常用密码表中，或只是常用密码前后加了数字或字母），很容易被猜中，请换一个。");
        }

        if (lower.Distinct().Count() < MinimumDistinctCharacters)
        {
            yield return ("PasswordTooRepetitive", $"密码中重复的字符过多，请至少使用 {MinimumDistinctCharacters} 个不同的字符。");
        }

        if (ContainsUserName(lower, userName))
        {
            yield return ("PasswordContainsUserName", "密码不能包含用户名。");
        }
    }

    /// <summary>The password, or its core once digits or letters stuck on before or after are taken away, is a common one.</summary>
    private static bool IsCommon(string lower)
    {
        var list = Common.Value;
        string[] wordCores = [lower, lower.TrimEnd(NotLetters(lower)), lower.TrimStart(NotLetters(lower)), lower.Trim(NotLetters(lower))];
        // A digit core must be longer than a year: "xiaojiang2020" is not weak because 2020 is in the list.
        string[] digitCores = [TrimLetters(lower, end: true), TrimLetters(lower, end: false)];
        return wordCores.Any(c => c.Length >= 4 && list.Contains(c)) || digitCores.Any(c => c.Length >= 6 && list.Contains(c));
    }

    private static char[] NotLetters(string text) => [.. text.Where(c => !char.IsAsciiLetter(c)).Distinct()];

    private static string TrimLetters(string text, bool end)
    {
        var letters = text.Where(char.IsAsciiLetter).Distinct().ToArray();
        return end ? text.TrimEnd(letters) : text.TrimStart(letters);
    }

    private static bool ContainsUserName(string lower, string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return false;
        }

        var name = userName.Trim().ToLowerInvariant();
        return (name.Length >= 3 && lower.Contains(name, StringComparison.Ordinal))
            || name.Split(['.', '_', '-', '@', '+'], StringSplitOptions.RemoveEmptyEntries)
                .Any(part => part.Length >= MinimumNamePartLength && lower.Contains(part, StringComparison.Ordinal));
    }

    private static FrozenSet<string> LoadList()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream(ListResource)
            ?? throw new InvalidOperationException($"Embedded resource {ListResource} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                passwords.Add(entry.ToLowerInvariant());
            }
        }

        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
