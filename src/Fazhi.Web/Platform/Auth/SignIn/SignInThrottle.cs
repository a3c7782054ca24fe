using System.Collections.Concurrent;
using Fazhi.Platform.Security;

namespace Fazhi.Platform.Auth.SignIn;

/// <summary>
/// Failed sign-ins counted per client address and user name (issue 13 §3, ADR 0013). After
/// <see cref="SignInThrottleSettings.FreeAttempts"/> failures that pair waits, first
/// <see cref="SignInThrottleSettings.FirstDelay"/>, doubling with each further failure up to
/// <see cref="SignInThrottleSettings.MaxDelay"/>; while it waits, even the right password is not tried. A stranger
/// elsewhere who knows a user name therefore slows down only himself: the account is never locked for its owner.
/// Unknown user names are counted the same way, so the throttle reveals nothing about which accounts exist. Guessing
/// across many names from one address is bounded by the sign-in rate limit (<see cref="RateLimitSettings.SignIn"/>).
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock, SecurityOptions options)
{
    /// <summary>Above this many remembered pairs, pairs whose wait and memory have run out are forgotten.</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private SignInThrottleSettings Settings => options.SignIn;

    /// <summary>How long this client must still wait before it may try this user name again, or null.</summary>
    public TimeSpan? WaitFor(string client, string userName)
    {
        var now = clock.GetUtcNow();
        return _failures.TryGetValue(Key(client, userName), out var failures) && failures.BlockedUntil > now
            ? failures.BlockedUntil - now
            : null;
    }

    public void Failed(string client, string userName)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(
            Key(client, userName),
            _ => Next(new Failures(0, now, now), now),
            (_, failures) => Next(IsForgotten(failures, now) ? new Failures(0, now, now) : failures, now));
        if (_failures.Count > PruneAbove)
        {
            foreach (var (key, failures) in _failures)
            {
                if (IsForgotten(failures, now))
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    public void Succeeded(string client, string userName) => _failures.TryRemove(Key(client, userName), out _);

    private Failures Next(Failures failures, DateTimeOffset now)
    {
        var count = failures.Count + 1;
        var beyondFree = count - Math.Max(1, Settings.FreeAttempts);
        var blockedUntil = beyondFree >= 0 ? now + Delay(beyondFree) : now;
        return new Failures(count, now, blockedUntil);
    }

    /// <summary>FirstDelay × 2^n, capped at MaxDelay.</summary>
    private TimeSpan Delay(int beyondFree)
    {
        var delay = Settings.FirstDelay;
        for (var i = 0; i < beyondFree && delay < Settings.MaxDelay; i++)
        {
            delay += delay;
        }

        return delay < Settings.MaxDelay ? delay : Settings.MaxDelay;
    }

    /// <summary>A pair with no failure for longer than the longest wait starts again from nothing.</summary>
    private bool IsForgotten(Failures failures, DateTimeOffset now) =>
        failures.BlockedUntil <= now && now - failures.LastFailure > Settings.MaxDelay;

    private static string Key(string client, string userName) =>
        client + "\n" + userName.Trim().ToUpperInvariant();

    private readonly record struct Failures(int Count, DateTimeOffset LastFailure, DateTimeOffset BlockedUntil);
}
