namespace Exchange.LocalFederation.Load;

/// <summary>
/// What the load harness tells its hubs beyond the walkthrough's settings: the per-caller call budgets lifted far above
/// any rate it offers (its few tokens and one loopback address carry thousands of calls a second, which a real
/// deployment spreads over many callers). The share-code budget stays: the harness presents only right codes.
/// </summary>
internal static class LoadHubSettings
{
    public static IReadOnlyDictionary<string, string> LiftedRateLimits { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Hub__RateLimits__AnonymousPermitsPerSecond"] = "1000000",
        ["Hub__RateLimits__AnonymousBurst"] = "10000000",
        ["Hub__RateLimits__CallerPermitsPerSecond"] = "1000000",
        ["Hub__RateLimits__CallerBurst"] = "10000000",
        ["Hub__RateLimits__PeerPermitsPerSecond"] = "1000000",
        ["Hub__RateLimits__PeerBurst"] = "10000000",
    };
}
