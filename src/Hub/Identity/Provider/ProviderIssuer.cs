using Exchange.Hub.Hosting;

namespace Exchange.Hub.Identity.Provider;

/// <summary>The issuer of the hub's own provider: <c>Hub:Identity:Provider:Issuer</c>, else the REST port on the
/// listen address (loopback when the hub listens on every address).</summary>
internal static class ProviderIssuer
{
    public static Uri For(HubOptions hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        if (!string.IsNullOrWhiteSpace(hub.Identity.Provider.Issuer))
        {
            return Normalised(new Uri(hub.Identity.Provider.Issuer));
        }

        var host = hub.ListenAddress is "0.0.0.0" or "::" ? "127.0.0.1" : hub.ListenAddress;
        host = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        return Normalised(new Uri($"{(hub.Plaintext ? "http" : "https")}://{host}:{hub.HttpPort}/"));
    }

    // OpenIddict writes the issuer with its trailing slash; tokens are compared with that exact text.
    private static Uri Normalised(Uri issuer) =>
        issuer.AbsolutePath.EndsWith('/') ? issuer : new Uri(issuer.AbsoluteUri + "/");
}
