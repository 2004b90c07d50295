namespace Exchange.Hub.Security.Transport;

/// <summary>
/// How a peer hub may be reached: over https with at least one pinned TLS key, or (development only) over plaintext
/// http on loopback. Checked when the federation file is read and again before every connection, so a descriptor
/// that moves a peer's endpoint can neither drop TLS nor leave the machine unencrypted.
/// </summary>
public static class PeerTransportRule
{
    /// <summary>Why <paramref name="endpoint"/> may not be used for <paramref name="hubId"/>, or null when it may.</summary>
    public static string? Violation(string hubId, Uri endpoint, IReadOnlyCollection<string> tlsKeyPins)
    {
        if (endpoint.Scheme == Uri.UriSchemeHttps)
        {
            return tlsKeyPins.Count > 0 ? null : $"Hub '{hubId}' is reached over https but no TLS key is pinned for it (tlsKeyPins).";
        }

        if (endpoint.Scheme != Uri.UriSchemeHttp)
        {
            return $"Hub '{hubId}': endpoint {endpoint} must be https.";
        }

        if (tlsKeyPins.Count > 0)
        {
            return $"Hub '{hubId}' has a pinned TLS key but endpoint {endpoint} is plaintext http.";
        }

        return LoopbackAddress.Is(endpoint.Host) ? null : $"Hub '{hubId}': plaintext endpoint {endpoint} is allowed only on loopback (development); use https.";
    }
}
