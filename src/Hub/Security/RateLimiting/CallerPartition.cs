using System.Security.Claims;

namespace Exchange.Hub.Security.RateLimiting;

/// <summary>Whose budget a call spends: its token subject when the token is valid, else the address it came from
/// (federation calls too: their signature is checked later, in the service, so their claimed hub id is not yet
/// trusted).</summary>
public readonly record struct CallerPartition(CallerTier Tier, string Key)
{
    /// <summary>The HubFederation service's path prefix, made once: the partition runs for every call.</summary>
    private static readonly PathString FederationService = new("/exchange.v1.HubFederation");

    public static CallerPartition Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue("sub") is { Length: > 0 } subject)
        {
            return new CallerPartition(CallerTier.Subject, "sub:" + subject);
        }

        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return http.Request.Path.StartsWithSegments(FederationService, StringComparison.Ordinal)
            ? new CallerPartition(CallerTier.Peer, "peer-address:" + address)
            : new CallerPartition(CallerTier.Anonymous, "address:" + address);
    }
}

public enum CallerTier
{
    Anonymous,
    Subject,
    Peer,
}
