using System.Collections.Concurrent;

namespace Exchange.Hub.Identity.Accounts;

/// <summary>
/// Slows down password guessing: after <see cref="MaxFailures"/> failed sign-ins for one username from one address
/// within <see cref="Window"/>, further attempts are refused without checking the password until the window passes.
/// Kept per silo in memory: a guesser spread over silos gets at most that many tries per silo.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>When attempts for this username and address may resume, or null if they may go on now.</summary>
    public DateTimeOffset? BlockedUntil(string username, string address)
    {
        var now = time.GetUtcNow();
        return _failures.TryGetValue(Key(username, address), out var f) && f.Count >= MaxFailures && f.Since + Window > now
            ? f.Since + Window
            : null;
    }

    public void Failed(string username, string address)
    {
        var now = time.GetUtcNow();
        if (_failures.Count >= MaxTracked)
        {
            // Bounded: expired entries go first; a flood of distinct names cannot grow memory without end.
            foreach (var stale in _failures.Where(p => p.Value.Since + Window <= now).Select(p => p.Key).ToList())
            {
                _failures.TryRemove(stale, out _);
            }

            if (_failures.Count >= MaxTracked)
            {
                _failures.Clear();
            }
        }

        _failures.AddOrUpdate(Key(username, address), _ => new Failures(now, 1),
            (_, f) => f.Since + Window <= now ? new Failures(now, 1) : f with { Count = f.Count + 1 });
    }

    public void Succeeded(string username, string address) => _failures.TryRemove(Key(username, address), out _);

    private static string Key(string username, string address) => username.ToUpperInvariant() + "\0" + address;

    private sealed record Failures(DateTimeOffset Since, int Count);
}
