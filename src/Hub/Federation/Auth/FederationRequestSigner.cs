using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Exchange.Hub.Signing;
using Grpc.Core;

namespace Exchange.Hub.Federation.Auth;

/// <summary>Signs an outgoing HubFederation call as this hub: a fresh nonce and the current time, bound to the
/// method, the callee and the exact request bytes.</summary>
public sealed class FederationRequestSigner(string hubId, string keyId, ECDsa key, TimeProvider time)
{
    public Metadata Sign(string method, string calleeHubId, ReadOnlySpan<byte> requestBytes)
    {
        var timestamp = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var digest = SignedRequestParts.Digest(method, calleeHubId, hubId, timestamp, nonce, requestBytes);
        return new Metadata
        {
            { FederationHeaders.HubId, hubId },
            { FederationHeaders.KeyId, keyId },
            { FederationHeaders.Timestamp, timestamp },
            { FederationHeaders.Nonce, nonce },
            { FederationHeaders.Signature, Es256.Sign(key, digest) },
        };
    }
}
