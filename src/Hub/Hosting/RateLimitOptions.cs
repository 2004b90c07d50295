using System.ComponentModel.DataAnnotations;

namespace Exchange.Hub.Hosting;

/// <summary>
/// How many calls a caller may make (<c>Hub:RateLimits</c>): a token bucket per token subject, per peer
/// hub's address for federation calls and per client address for anonymous calls; and a tight budget of failed
/// share-code attempts per client and per credential. The load harness lifts these for its hubs.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Calls per second refilled for an anonymous client address.</summary>
    [Range(1, 1_000_000)]
    public int AnonymousPermitsPerSecond { get; set; } = 50;

    /// <summary>Calls an anonymous client address may make at once before waiting for refills.</summary>
    [Range(1, 10_000_000)]
    public int AnonymousBurst { get; set; } = 200;

    /// <summary>Calls per second refilled for one token subject.</summary>
    [Range(1, 1_000_000)]
    public int CallerPermitsPerSecond { get; set; } = 200;

    [Range(1, 10_000_000)]
    public int CallerBurst { get; set; } = 1000;

    /// <summary>Calls per second refilled for the address of a peer hub (federation calls are authenticated by their
    /// signature inside the service, after this limit, so the hub id they claim is not yet trusted here).</summary>
    [Range(1, 1_000_000)]
    public int PeerPermitsPerSecond { get; set; } = 500;

    [Range(1, 10_000_000)]
    public int PeerBurst { get; set; } = 2000;

    /// <summary>Failed share-code attempts one client (token subject, peer hub or address) may make per window.</summary>
    [Range(1, 1_000_000)]
    public int ShareCodeFailuresPerClient { get; set; } = 10;

    /// <summary>Failed share-code attempts on one credential, from anyone, per window.</summary>
    [Range(1, 1_000_000)]
    public int ShareCodeFailuresPerCredential { get; set; } = 30;

    [Range(1, 86_400)]
    public int ShareCodeWindowSeconds { get; set; } = 60;
}
