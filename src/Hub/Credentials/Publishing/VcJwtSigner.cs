using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// Secures what the hub publishes as a compact JWS (VC-JWT) with its active attestation key. The header is
/// <c>{"alg":"ES256","kid":…}</c> and nothing else: Open Badges 3.0 allows no other header parameter (and only
/// <c>typ: JWT</c>), VC-JOSE-COSE only recommends <c>typ</c>, so the one header both accept is this one. The kid is
/// listed in the hub's JWKS.
/// </summary>
public sealed class VcJwtSigner(HubKeyRing keys)
{
    public const string MediaType = "application/vc+jwt";

    /// <summary>The key id the next signature names.</summary>
    public string KeyId => keys.AttestationKeyId;

    /// <summary>Signs the payload as serialised once here; the result is ASCII.</summary>
    public string Sign(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var header = new JsonObject { ["alg"] = "ES256", ["kid"] = keys.AttestationKeyId };
        var signingInput = Base64UrlEncoder.Encode(header.ToJsonString()) + "." + Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = Es256.Sign(keys.AttestationKey, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }
}
