using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Services.Registry;

/// <summary>Reads a P-256 public JWK (kty EC, crv P-256, x, y) into DER SubjectPublicKeyInfo.</summary>
public static class JwkKeys
{
    /// <summary>The SPKI bytes, or null when the text is not a public P-256 JWK.</summary>
    public static byte[]? ToSpki(string jwk)
    {
        try
        {
            using var document = JsonDocument.Parse(jwk);
            var root = document.RootElement;
            if (root.GetProperty("kty").GetString() != "EC" || root.GetProperty("crv").GetString() != "P-256" || root.TryGetProperty("d", out _))
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
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
