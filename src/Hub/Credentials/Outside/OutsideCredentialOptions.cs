namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// Configuration of the import of outside credentials (section Hub:OutsideCredentials). The hub reaches the network for
/// a document only to read its issuer's status list, and only on hosts an administrator listed here.
/// </summary>
public sealed class OutsideCredentialOptions
{
    public const string Section = "Hub:OutsideCredentials";

    /// <summary>The HttpClient name of the status-list fetches (5 s timeout, no automatic redirects).</summary>
    public const string StatusHttpClient = "outside-status";

    /// <summary>Host names (as in the issuer's https id, e.g. "badges.example.edu") whose status lists the hub may
    /// fetch; empty = none, so an entry's status is then "could not be checked", named.</summary>
    public List<string> StatusHosts { get; set; } = [];

    /// <summary>How long a status list is reused when it states no ttl of its own.</summary>
    public TimeSpan StatusListLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
