using System.Security.Cryptography;
using System.Text.Json;
using Exchange.Hub.Credentials.Outside;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Services.Registry;

/// <summary>Reads a public JWK into DER SubjectPublicKeyInfo: P-256 (kty EC, crv P-256, x, y), RSA (kty RSA, n, e;
/// outside issuers' RS256 keys) or Ed25519 (kty OKP, crv Ed25519, x; outside issuers' Data Integrity keys, RFC 8037). Which of them an institution may register is the registry's rule, not this reader's.</summary>
public static class JwkKeys
{
    /// <summary>The SPKI bytes, or null when the text is not a public P-256, RSA or Ed25519 JWK.</summary>
    public static byte[]? ToSpki(string jwk)
    {
        try
        {
            using var document = JsonDocument.Parse(jwk);
            var root = document.RootElement;
            if (root.TryGetProperty("d", out _))
            {
                return null;
            }

            return root.GetProperty("kty").GetString() switch
            {
                "EC" => EcSpki(root),
                "RSA" => RsaSpki(root),
                "OKP" => OkpSpki(root),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static byte[]? EcSpki(JsonElement root)
    {
        if (root.GetProperty("crv").GetString() != "P-256")
        {
            return null;
        }

        using var key = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64UrlEncoder.DecodeBytes(root.GetProperty("x").GetString()), Y = Base64UrlEncoder.DecodeBytes(root.GetProperty("y").GetString()) },
        });
        return key.ExportSubjectPublicKeyInfo();
    }

    private static byte[]? RsaSpki(JsonElement root)
    {
        // Any private member (d, p, q, dp, dq, qi) means this is not a public key.
        if (root.TryGetProperty("p", out _) || root.TryGetProperty("q", out _))
        {
            return null;
        }

        using var key = RSA.Create();
        key.ImportParameters(new RSAParameters
        {
            Modulus = Base64UrlEncoder.DecodeBytes(root.GetProperty("n").GetString()),
            Exponent = Base64UrlEncoder.DecodeBytes(root.GetProperty("e").GetString()),
        });
        return key.ExportSubjectPublicKeyInfo();
    }

    private static byte[]? OkpSpki(JsonElement root)
    {
        if (root.GetProperty("crv").GetString() != "Ed25519")
        {
            return null;
        }

        var x = Base64UrlEncoder.DecodeBytes(root.GetProperty("x").GetString());
        return x.Length == Ed25519Spki.KeyLength ? Ed25519Spki.FromRaw(x) : null;
    }
}
