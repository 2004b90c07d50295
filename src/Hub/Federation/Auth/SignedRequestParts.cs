using System.Security.Cryptography;
using System.Text;
using Exchange.Hub.Signing;

namespace Exchange.Hub.Federation.Auth;

/// <summary>The digest a federation request signature covers: method, callee, caller, timestamp, nonce and the
/// SHA-256 of the serialised request, in the signing domain of trust.proto.</summary>
internal static class SignedRequestParts
{
    public static byte[] Digest(string method, string calleeHubId, string callerHubId, string timestamp, string nonce, ReadOnlySpan<byte> requestBytes) =>
        SignedDigest.Compute(
            SigningContext.FederationRequest,
            Encoding.UTF8.GetBytes(method),
            Encoding.UTF8.GetBytes(calleeHubId),
            Encoding.UTF8.GetBytes(callerHubId),
            Encoding.ASCII.GetBytes(timestamp),
            Encoding.ASCII.GetBytes(nonce),
            SHA256.HashData(requestBytes));
}
