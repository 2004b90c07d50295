using System.Text.Json;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.VcJwt;

/// <summary>
/// The protected header parameters a VC-JWT reader acts on: OB 3.0's alg, kid, jwk, typ; VC-JOSE's typ vc+jwt and cty
/// vc; x5c. A header this hub cannot honour (critical parameters, an unencoded payload, a private key, a typ that
/// names another format) is refused by <see cref="TryRead"/>; other unknown parameters are ignored, as RFC 7515 says.
/// </summary>
public sealed record JoseHeader(string Algorithm, string? KeyId, JsonObject? Jwk, IReadOnlyList<byte[]>? CertificateChain, string? Type)
{
    /// <summary>typ values (without "application/", compared ignoring case) that say "a JWT holding a credential".</summary>
    private static readonly string[] CredentialTypes = ["jwt", "vc+jwt", "vc+ld+jwt"];

    /// <summary>cty values that say the payload is a credential (VC-JOSE "vc"; the draft "vc+ld+json").</summary>
    private static readonly string[] CredentialContentTypes = ["vc", "vc+ld+json"];

    /// <summary>JWK members that exist only in private or symmetric keys: a header carrying one leaked a secret.</summary>
    private static readonly string[] PrivateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    public static JoseHeader? TryRead(JsonObject header, out string problem)
    {
        if (!TryString(header, "alg", out var alg) || alg is null || alg.Length == 0)
        {
            problem = "The header names no algorithm (alg).";
            return null;
        }

        if (header.ContainsKey("crit"))
        {
            problem = "The header marks parameters as critical (crit); this hub understands no extension, so it cannot honour them.";
            return null;
        }

        if (header.TryGetPropertyValue("b64", out var b64) && !(b64 is JsonValue v && v.GetValueKind() == JsonValueKind.True))
        {
            problem = "The payload is unencoded (b64:false, RFC 7797); a VC-JWT payload is base64url-encoded.";
            return null;
        }

        if (!TryString(header, "typ", out var typ) || (typ is not null && !CredentialTypes.Contains(MediaName(typ), StringComparer.Ordinal)))
        {
            problem = $"The header's typ \"{typ}\" is not a VC-JWT (JWT or vc+jwt).";
            return null;
        }

        if (!TryString(header, "cty", out var cty) || (cty is not null && !CredentialContentTypes.Contains(MediaName(cty), StringComparer.Ordinal)))
        {
            problem = $"The header's cty \"{cty}\" does not announce a credential payload.";
            return null;
        }

        if (!TryString(header, "kid", out var kid))
        {
            problem = "The header's kid is not a string.";
            return null;
        }

        JsonObject? jwk = null;
        if (header.TryGetPropertyValue("jwk", out var jwkNode))
        {
            jwk = jwkNode as JsonObject;
            if (jwk is null)
            {
                problem = "The header's jwk is not a JSON object.";
                return null;
            }

            if (PrivateMembers.FirstOrDefault(jwk.ContainsKey) is { } secret)
            {
                problem = $"The header's jwk carries the private or secret member \"{secret}\"; only public keys belong in a header.";
                return null;
            }
        }

        List<byte[]>? chain = null;
        if (header.TryGetPropertyValue("x5c", out var x5cNode))
        {
            chain = ReadChain(x5cNode);
            if (chain is null)
            {
                problem = "The header's x5c is not a non-empty array of base64 DER certificates.";
                return null;
            }
        }

        problem = "";
        return new JoseHeader(alg, kid, jwk, chain, typ);
    }

    /// <summary>The algorithm in words for a report; the value is attacker-chosen, so it is cut short.</summary>
    public string AlgorithmForReport => Algorithm.Length <= 16 ? Algorithm : Algorithm[..16] + "…";

    private static string MediaName(string value)
    {
        var lower = value.ToLowerInvariant();
        return lower.StartsWith("application/", StringComparison.Ordinal) ? lower["application/".Length..] : lower;
    }

    /// <summary>False when the member exists but is not a string; true with null when it is absent.</summary>
    private static bool TryString(JsonObject header, string name, out string? value)
    {
        value = null;
        if (!header.TryGetPropertyValue(name, out var node))
        {
            return true;
        }

        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        return false;
    }

    /// <summary>An x5c member (RFC 7515 §4.1.6): 1 to 10 base64 (not base64url) DER certificates, leaf first; null when
    /// it is anything else. JAdES seals carry the same member.</summary>
    internal static List<byte[]>? ReadChain(JsonNode? node)
    {
        if (node is not JsonArray { Count: > 0 and <= 10 } array)
        {
            return null;
        }

        var chain = new List<byte[]>();
        foreach (var item in array)
        {
            if (item is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                return null;
            }

            try
            {
                chain.Add(Convert.FromBase64String(v.GetValue<string>()));
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return chain;
    }
}
