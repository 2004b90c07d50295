using System.Globalization;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Peers;
using Grpc.Core;

namespace Exchange.Hub.Federation.Auth;

/// <summary>
/// Authenticates an incoming HubFederation call: the caller is a pinned peer, the key is pinned for it and valid
/// now, the timestamp is within the skew, the nonce is new, and the signature covers this method, this hub and
/// the request exactly as received. Each refusal names the failed check (federation.proto reasons).
/// </summary>
public sealed class FederationRequestVerifier(
    string hubId, Func<string, PinnedPeer?> findPeer, NonceReplayGuard replays, TimeSpan allowedSkew, TimeProvider time)
{
    /// <returns>The authenticated caller.</returns>
    public PinnedPeer Verify(string method, Metadata headers, ReadOnlySpan<byte> requestBytes)
    {
        var caller = Required(headers, FederationHeaders.HubId);
        var keyId = Required(headers, FederationHeaders.KeyId);
        var timestamp = Required(headers, FederationHeaders.Timestamp);
        var nonce = Required(headers, FederationHeaders.Nonce);
        var signature = headers.GetValueBytes(FederationHeaders.Signature)
            ?? throw Refuse(ErrorKind.Unauthenticated, "AUTH_METADATA_MISSING", $"Header {FederationHeaders.Signature} is missing.");

        var peer = findPeer(caller)
            ?? throw Refuse(ErrorKind.PermissionDenied, "UNKNOWN_HUB", $"Hub '{caller}' is not a pinned peer of {hubId}.");
        var key = peer.FindKey(keyId)
            ?? throw Refuse(ErrorKind.PermissionDenied, "UNKNOWN_KEY", $"Key '{keyId}' is not pinned for hub '{caller}'.");
        var now = time.GetUtcNow();
        if (!key.IsValidAt(now))
        {
            throw Refuse(ErrorKind.PermissionDenied, "KEY_NOT_VALID", $"Key '{keyId}' of hub '{caller}' is not valid now.");
        }

        if (!DateTimeOffset.TryParseExact(timestamp, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt)
            || (now - signedAt).Duration() > allowedSkew)
        {
            throw Refuse(ErrorKind.Unauthenticated, "TIMESTAMP_OUT_OF_WINDOW",
                $"Request timestamp '{timestamp}' is outside ±{allowedSkew.TotalSeconds:0} s of {hubId}'s clock.");
        }

        var digest = SignedRequestParts.Digest(method, hubId, caller, timestamp, nonce, requestBytes);
        if (!Trust.Es256.Verify(key.PublicKey, digest, signature))
        {
            throw Refuse(ErrorKind.Unauthenticated, "REQUEST_SIGNATURE_INVALID",
                $"The request signature of hub '{caller}' does not verify with key '{keyId}' over this request.");
        }

        // Only a correctly signed request consumes its nonce: forged traffic cannot fill the replay memory.
        if (!replays.TryRemember(caller, nonce))
        {
            throw Refuse(ErrorKind.Unauthenticated, "REQUEST_REPLAYED", $"Nonce '{nonce}' of hub '{caller}' was already used.");
        }

        return peer;
    }

    private static string Required(Metadata headers, string name) =>
        headers.GetValue(name) is { Length: > 0 } value
            ? value
            : throw Refuse(ErrorKind.Unauthenticated, "AUTH_METADATA_MISSING", $"Header {name} is missing.");

    private static HubException Refuse(ErrorKind kind, string reason, string message) => new(kind, reason, message);
}
