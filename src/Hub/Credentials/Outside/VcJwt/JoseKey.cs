using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.VcJwt;

/// <summary>
/// A public key a VC-JWT may be verified with: P-256 for ES256 or RSA of 2048 to 8192 bits for RS256, from wherever it
/// came (a trust-list SubjectPublicKeyInfo, a jwk header, a did:key, a certificate). Verification follows JOSE: ES256
/// signatures are raw r‖s and high-S is accepted, because outside issuers are not bound by the hub's own low-S rule
/// and the hub keeps the original bytes rather than deduplicating by signature.
/// </summary>
public sealed class JoseKey : IDisposable
{
    public const int MinimumRsaBits = 2048;
    private const int MaximumRsaBits = 8192;
    private const string P256Oid = "1.2.840.10045.3.1.7";
    private const string EcPublicKeyOid = "1.2.840.10045.2.1";
    private const string RsaEncryptionOid = "1.2.840.113549.1.1.1";

    private readonly ECDsa? _ec;
    private readonly RSA? _rsa;

    private JoseKey(ECDsa? ec, RSA? rsa)
    {
        _ec = ec;
        _rsa = rsa;
    }

    /// <summary>"P-256" or "RSA-n", for the report.</summary>
    public string Kind => _ec is not null ? "P-256" : $"RSA-{_rsa!.KeySize}";

    /// <summary>The key's DER SubjectPublicKeyInfo, to compare with a trust list's keys.</summary>
    public byte[] SubjectPublicKeyInfo => _ec?.ExportSubjectPublicKeyInfo() ?? _rsa!.ExportSubjectPublicKeyInfo();

    public static JoseKey? FromSubjectPublicKeyInfo(byte[] spki, out string problem)
    {
        try
        {
            var key = PublicKey.CreateFromSubjectPublicKeyInfo(spki, out var read);
            if (read != spki.Length)
            {
                problem = "The key has bytes after its SubjectPublicKeyInfo.";
                return null;
            }

            return key.Oid.Value switch
            {
                EcPublicKeyOid => From(key.GetECDsaPublicKey(), null, out problem),
                RsaEncryptionOid => From(null, key.GetRSAPublicKey(), out problem),
                _ => From(null, null, out problem),
            };
        }
        catch (CryptographicException)
        {
            problem = "The key is not a DER SubjectPublicKeyInfo of a P-256 or RSA key.";
            return null;
        }
    }

    public static JoseKey? FromCertificate(X509Certificate2 certificate, out string problem)
    {
        try
        {
            return From(certificate.GetECDsaPublicKey(), certificate.GetRSAPublicKey(), out problem);
        }
        catch (CryptographicException)
        {
            problem = "The certificate's key is neither a P-256 nor an RSA key.";
            return null;
        }
    }

    /// <summary>A P-256 key from its affine coordinates (32 bytes each); null when the point is not on the curve.</summary>
    public static JoseKey? FromP256Point(byte[] x, byte[] y, out string problem)
    {
        try
        {
            return From(ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } }), null, out problem);
        }
        catch (CryptographicException)
        {
            problem = "The point is not a P-256 public key.";
            return null;
        }
    }

    /// <summary>A public JWK (kty EC with crv P-256, or kty RSA); private members are refused before this (see <see cref="JoseHeader"/>).</summary>
    public static JoseKey? FromJwk(JsonObject jwk, out string problem)
    {
        switch (Member(jwk, "kty"))
        {
            case "EC" when Member(jwk, "crv") == "P-256" && Bytes(jwk, "x") is { Length: 32 } x && Bytes(jwk, "y") is { Length: 32 } y:
                return FromP256Point(x, y, out problem);
            case "RSA" when Bytes(jwk, "n") is { Length: > 0 } n && Bytes(jwk, "e") is { Length: > 0 and <= 8 } e:
                try
                {
                    return From(null, RSA.Create(new RSAParameters { Modulus = n.SkipWhile(b => b == 0).ToArray(), Exponent = e }), out problem);
                }
                catch (CryptographicException)
                {
                    problem = "The jwk is not a usable RSA public key.";
                    return null;
                }

            default:
                problem = "The jwk is neither an EC P-256 key (x, y of 32 bytes) nor an RSA key (n, e).";
                return null;
        }
    }

    /// <summary>Whether the key can verify <paramref name="algorithm"/> at all (ES256 needs P-256, RS256 RSA).</summary>
    public bool Fits(string algorithm) => algorithm switch
    {
        "ES256" => _ec is not null,
        "RS256" => _rsa is not null,
        _ => false,
    };

    /// <summary>Verifies a JWS signature over the exact signing input; false for any other algorithm or key type.</summary>
    public bool Verify(string algorithm, ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature)
    {
        try
        {
            return algorithm switch
            {
                "ES256" => _ec is not null && signature.Length == 64
                    && _ec.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
                "RS256" => _rsa is not null && signature.Length == _rsa.KeySize / 8
                    && _rsa.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _ec?.Dispose();
        _rsa?.Dispose();
    }

    private static JoseKey? From(ECDsa? ec, RSA? rsa, out string problem)
    {
        if (ec is not null && (ec.KeySize != 256 || ec.ExportParameters(false).Curve.Oid.Value != P256Oid))
        {
            ec.Dispose();
            rsa?.Dispose();
            problem = "The EC key is not on P-256, the only curve ES256 uses.";
            return null;
        }

        if (ec is null && rsa is not null && rsa.KeySize is < MinimumRsaBits or > MaximumRsaBits)
        {
            problem = $"The RSA key has {rsa.KeySize} bits; RS256 keys must have {MinimumRsaBits} to {MaximumRsaBits}.";
            rsa.Dispose();
            return null;
        }

        if (ec is null && rsa is null)
        {
            problem = "The key is neither a P-256 nor an RSA key.";
            return null;
        }

        problem = "";
        return ec is not null ? new JoseKey(ec, null) : new JoseKey(null, rsa);
    }

    private static string? Member(JsonObject jwk, string name) =>
        jwk[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static byte[]? Bytes(JsonObject jwk, string name) => Member(jwk, name) is { } text ? CompactJws.DecodePart(System.Text.Encoding.ASCII.GetBytes(text)) : null;
}
