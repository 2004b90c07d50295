using System.Globalization;
using Exchange.Hub.Errors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Signing;
using Grpc.Core;

namespace Exchange.Hub.Federation.Auth;

/// <summary>
/// Authenticates an incoming HubFederation call: the caller is a pinned peer, the key is pinned for it and valid
/// now, the timestamp is within the skew, the nonce is new, and the signature covers this method, this hub and
/// the request exactly as received. Each refusal names the failed check (federation.proto reasons).
/// </summary>
/// <remarks>
/// Replay protection without a database write per call. A nonce memory that starts empty (a restarted process, a
/// grain activated again after its silo was lost) cannot know what its predecessor accepted, so it refuses every
/// request signed before it began (<see cref="NonceOutcome.SignedBeforeMemory"/>): a request accepted earlier was
/// signed earlier. That refusal is UNAVAILABLE, so an honest peer's retry signs afresh and passes, while a captured
/// request can never be signed again. (Refusing only "start minus skew" would leave every request of the last skew
/// before a restart open to replay.) What remains: a peer whose clock runs ahead of ours by d signs requests that a
/// memory which began less than d later may not have seen — keep peers' clocks synchronised. Across the silos of one
/// hub (cluster mode) the process-local memory is not enough, since a request accepted by one silo would pass at
/// another: there every signed request is also checked by the cluster-wide memory (<see cref="ClusterNonceMemory"/>,
/// in-memory grains, one call per request, no I/O); the local memory still refuses repeats at this silo without it.
/// </remarks>
public sealed class FederationRequestVerifier(
    string hubId, Func<string, PinnedPeer?> findPeer, NonceReplayGuard replays, TimeSpan allowedSkew, TimeProvider time,
    ISharedNonceMemory? cluster = null)
{
    /// <summary>All checks, the cluster-wide nonce memory included when there is one.</summary>
    /// <returns>The authenticated caller.</returns>
    public async Task<PinnedPeer> VerifyAsync(string method, Metadata headers, byte[] requestBytes)
    {
        var (peer, nonce, signedAt) = Authenticate(method, headers, requestBytes);
        if (cluster is not null)
        {
            Check(await cluster.RememberAsync(peer.HubId, nonce, signedAt), peer.HubId, nonce, signedAt);
        }

        return peer;
    }

    /// <summary>The checks this process makes alone (one silo).</summary>
    /// <returns>The authenticated caller.</returns>
    public PinnedPeer Verify(string method, Metadata headers, ReadOnlySpan<byte> requestBytes) =>
        Authenticate(method, headers, requestBytes).Peer;

    private (PinnedPeer Peer, string Nonce, DateTimeOffset SignedAt) Authenticate(string method, Metadata headers, ReadOnlySpan<byte> requestBytes)
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
        if (!Es256.Verify(key.PublicKey, digest, signature))
        {
            throw Refuse(ErrorKind.Unauthenticated, "REQUEST_SIGNATURE_INVALID",
                $"The request signature of hub '{caller}' does not verify with key '{keyId}' over this request.");
        }

        // Only a correctly signed request consumes its nonce: forged traffic cannot fill the replay memory.
        Check(replays.Remember(caller, nonce, signedAt), caller, nonce, signedAt);
        return (peer, nonce, signedAt);
    }

    private static void Check(NonceOutcome outcome, string caller, string nonce, DateTimeOffset signedAt)
    {
        switch (outcome)
        {
            case NonceOutcome.Replayed:
                throw Refuse(ErrorKind.Unauthenticated, "REQUEST_REPLAYED", $"Nonce '{nonce}' of hub '{caller}' was already used.");
            case NonceOutcome.SignedBeforeMemory:
                throw Refuse(ErrorKind.Unavailable, "REQUEST_PREDATES_REPLAY_MEMORY",
                    $"The request of hub '{caller}' was signed at {signedAt:O}, before this hub's replay memory began (a restart); sign it again.");
        }
    }

    private static string Required(Metadata headers, string name) =>
        headers.GetValue(name) is { Length: > 0 } value
            ? value
            : throw Refuse(ErrorKind.Unauthenticated, "AUTH_METADATA_MISSING", $"Header {name} is missing.");

    private static HubException Refuse(ErrorKind kind, string reason, string message) => new(kind, reason, message);
}
