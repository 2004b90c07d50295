using System.Globalization;
using System.Threading.RateLimiting;
using Exchange.Hub.Hosting;
using Exchange.Hub.Rpc;
using Google.Rpc;
using Microsoft.AspNetCore.RateLimiting;

namespace Exchange.Hub.Security.RateLimiting;

/// <summary>
/// One token bucket per caller (<see cref="CallerPartition"/>) in front of every API call, answered with 429 or
/// RESOURCE_EXHAUSTED, a <c>Retry-After</c> header and a google.rpc.RetryInfo detail; health probes are exempt.
/// </summary>
internal static class RateLimitRegistration
{
    public static IServiceCollection AddHubRateLimits(this IServiceCollection services, HubOptions hub)
    {
        var limits = hub.RateLimits;
        services.AddSingleton(new ShareCodeThrottle(limits));
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, limits));
            o.OnRejected = (rejected, _) => RejectAsync(rejected.HttpContext, rejected.Lease);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions limits)
    {
        if (http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)
            || http.Request.Path.StartsWithSegments("/grpc.health.v1.Health", StringComparison.Ordinal))
        {
            return RateLimitPartition.GetNoLimiter("health");
        }

        var caller = CallerPartition.Of(http);
        var (perSecond, burst) = caller.Tier switch
        {
            CallerTier.Subject => (limits.CallerPermitsPerSecond, limits.CallerBurst),
            CallerTier.Peer => (limits.PeerPermitsPerSecond, limits.PeerBurst),
            _ => (limits.AnonymousPermitsPerSecond, limits.AnonymousBurst),
        };
        return RateLimitPartition.GetTokenBucketLimiter(caller.Key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease)
    {
        var delay = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1);
        await WriteExhaustedAsync(http, delay, "RATE_LIMITED", "Too many calls from this caller; retry after the delay given.");
    }

    /// <summary>The answer to a caller over a budget, on either surface.</summary>
    public static Task WriteExhaustedAsync(HttpContext http, TimeSpan delay, string reason, string message)
    {
        SetRetryAfter(http, delay);
        return RefusalResponse.WriteAsync(http, RefusalResponse.Status(Code.ResourceExhausted, reason, message, RefusalResponse.RetryAfter(delay)),
            StatusCodes.Status429TooManyRequests);
    }

    /// <summary>Whole seconds, rounded up: a client that waits exactly this long finds a refilled token.</summary>
    public static void SetRetryAfter(HttpContext http, TimeSpan delay) =>
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
