using System.Text.Json.Nodes;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// The JSON Web Key Set of <c>/.well-known/jwks.json</c>: the public halves of the attestation keys a verifier may
/// need for what the hub signed, with the <c>kid</c> its VC-JWTs name. The active key and retired ones are listed (a
/// credential signed before a rotation still verifies); a revoked key is not, because a JWKS carries no window and a
/// verifier would accept whatever its thief signs and backdates. Built once: the key ring changes only at a restart.
/// </summary>
public sealed class HubJwks(HubKeyRing keys)
{
    public const string MediaType = "application/jwk-set+json";

    private readonly Lazy<string> _json = new(() => Build(keys).ToJsonString());

    public string Json => _json.Value;

    public static JsonObject Build(HubKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var set = new JsonArray();
        foreach (var (entry, key) in keys.Attestations.Where(k => k.Entry.Status != HubKeyStatus.Revoked))
        {
            // Public parameters only: never the private scalar.
            var point = key.ExportParameters(includePrivateParameters: false).Q;
            set.Add(new JsonObject
            {
                ["kty"] = "EC",
                ["crv"] = "P-256",
                ["x"] = Base64UrlEncoder.Encode(point.X),
                ["y"] = Base64UrlEncoder.Encode(point.Y),
                ["kid"] = entry.KeyId,
                ["use"] = "sig",
                ["alg"] = "ES256",
            });
        }

        return new JsonObject { ["keys"] = set };
    }
}
