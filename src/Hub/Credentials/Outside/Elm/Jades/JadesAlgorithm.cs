using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>
/// The JWS algorithms a JAdES seal may use that this hub verifies (ETSI TS 119 312 recommends them): RSASSA-PKCS1-v1_5
/// and RSASSA-PSS with SHA-2 and keys of at least 2048 bits, ECDSA on P-256, P-384 and P-521 with raw r‖s signatures.
/// Anything else is refused by name: none (unsigned), HS* (a shared secret no certificate can check), SHA-1 or
/// unknown algorithms.
/// </summary>
public sealed record JadesAlgorithm(string Name, HashAlgorithmName Hash, RSASignaturePadding? Padding, string? CurveOid, int CurveBytes)
{
    public const int MinimumRsaBits = 2048;
    private const int MaximumRsaBits = 16384;

    private static readonly JadesAlgorithm[] Accepted =
    [
        new("RS256", HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, null, 0),
        new("RS384", HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1, null, 0),
        new("RS512", HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1, null, 0),
        new("PS256", HashAlgorithmName.SHA256, RSASignaturePadding.Pss, null, 0),
        new("PS384", HashAlgorithmName.SHA384, RSASignaturePadding.Pss, null, 0),
        new("PS512", HashAlgorithmName.SHA512, RSASignaturePadding.Pss, null, 0),
        new("ES256", HashAlgorithmName.SHA256, null, "1.2.840.10045.3.1.7", 32),
        new("ES384", HashAlgorithmName.SHA384, null, "1.3.132.0.34", 48),
        new("ES512", HashAlgorithmName.SHA512, null, "1.3.132.0.35", 66),
    ];

    public static IEnumerable<string> Names => Accepted.Select(a => a.Name);

    /// <summary>The algorithm <paramref name="name"/> names, or null with the refusal in words.</summary>
    public static JadesAlgorithm? TryGet(string name, out string refusal)
    {
        var found = Accepted.FirstOrDefault(a => a.Name == name);
        refusal = found is not null ? "" : name switch
        {
            "none" => "The seal is unsecured (alg none); an unsigned credential proves nothing.",
            _ when name.StartsWith("HS", StringComparison.Ordinal) => $"alg {OutsideChecks.Cut(name, 16)} is a shared-secret MAC, which a seal certificate cannot check.",
            _ => $"alg {OutsideChecks.Cut(name, 16)} is not one of the algorithms this hub verifies ({string.Join(", ", Names)}).",
        };
        return found;
    }

    /// <summary>Verifies <paramref name="signature"/> over <paramref name="input"/> with the certificate's key. A key
    /// that does not fit the algorithm or an RSA key under 2048 bits is a refusal (<paramref name="refused"/>), not a
    /// bad signature.</summary>
    public bool Verify(X509Certificate2 certificate, byte[] input, byte[] signature, out string problem, out bool refused)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        refused = false;
        try
        {
            if (Padding is not null)
            {
                using var rsa = certificate.GetRSAPublicKey();
                return VerifyRsa(rsa, input, signature, out problem, out refused);
            }

            using var ec = certificate.GetECDsaPublicKey();
            return VerifyEc(ec, input, signature, out problem, out refused);
        }
        catch (CryptographicException)
        {
            problem = "The certificate's public key cannot be read.";
            return false;
        }
    }

    /// <summary>Verifies with a trust list key (DER SubjectPublicKeyInfo), for a seal that names its certificate only
    /// by x5t#S256 or kid.</summary>
    public bool Verify(byte[] spki, byte[] input, byte[] signature, out string problem, out bool refused)
    {
        ArgumentNullException.ThrowIfNull(spki);
        refused = false;
        try
        {
            var key = PublicKey.CreateFromSubjectPublicKeyInfo(spki, out _);
            if (Padding is not null)
            {
                using var rsa = key.GetRSAPublicKey();
                return VerifyRsa(rsa, input, signature, out problem, out refused);
            }

            using var ec = key.GetECDsaPublicKey();
            return VerifyEc(ec, input, signature, out problem, out refused);
        }
        catch (CryptographicException)
        {
            problem = "The key cannot be read.";
            return false;
        }
    }

    private bool VerifyRsa(RSA? rsa, byte[] input, byte[] signature, out string problem, out bool refused)
    {
        refused = false;
        if (rsa is null)
        {
            problem = $"The key is not an RSA key, which {Name} needs.";
            return false;
        }

        if (rsa.KeySize is < MinimumRsaBits or > MaximumRsaBits)
        {
            refused = rsa.KeySize < MinimumRsaBits;
            problem = $"The RSA key has {rsa.KeySize} bits; {Name} seals need {MinimumRsaBits} to {MaximumRsaBits}.";
            return false;
        }

        problem = "";
        return signature.Length == (rsa.KeySize + 7) / 8 && rsa.VerifyData(input, signature, Hash, Padding!);
    }

    private bool VerifyEc(ECDsa? ec, byte[] input, byte[] signature, out string problem, out bool refused)
    {
        refused = false;
        if (ec is null || ec.ExportParameters(false).Curve.Oid?.Value != CurveOid)
        {
            problem = $"The key is not an EC key on the curve {Name} uses.";
            return false;
        }

        problem = "";
        // JWS ECDSA signatures are raw r‖s of the curve's size (RFC 7518 §3.4), not DER.
        return signature.Length == 2 * CurveBytes && ec.VerifyData(input, signature, Hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
