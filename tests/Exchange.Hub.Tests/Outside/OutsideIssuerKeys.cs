using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;

namespace Exchange.Hub.Tests.Outside;

/// <summary>An outside issuer for the specs: its id, a fresh P-256 and RSA-2048 key, and a compact-JWS signer that
/// writes any header the spec asks for (including the ones a reader must refuse).</summary>
public sealed class OutsideIssuerKeys : IDisposable
{
    public OutsideIssuerKeys(string issuerId = "https://badges.example.edu")
    {
        IssuerId = issuerId;
    }

    public string IssuerId { get; }

    public ECDsa EcKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public RSA RsaKey { get; } = RSA.Create(2048);

    public const string EcKeyId = "key-es256";
    public const string RsaKeyId = "key-rs256";

    /// <summary>The trust list's entry for this issuer with both keys, valid from 2020 on.</summary>
    public TrustedIssuer Trusted(QualityAssuranceBasis? qualityAssurance = null, string country = "LV", IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2>? roots = null) =>
        new(IssuerId, "LV-EXAMPLE", "Example University", country, "hub-lv",
            [
                new TrustedIssuerKey(EcKeyId, EcKey.ExportSubjectPublicKeyInfo(), new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), null, null),
                new TrustedIssuerKey(RsaKeyId, RsaKey.ExportSubjectPublicKeyInfo(), new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), null, null),
            ],
            roots ?? [], qualityAssurance);

    public string SignEs256(JsonObject payload, JsonObject? extraHeader = null) =>
        Sign(payload, Header("ES256", EcKeyId, extraHeader), input => EcKey.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    public string SignRs256(JsonObject payload, JsonObject? extraHeader = null) =>
        Sign(payload, Header("RS256", RsaKeyId, extraHeader), input => RsaKey.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    /// <summary>Signs with exactly <paramref name="header"/> (nothing added) and the given signature function.</summary>
    public static string Sign(JsonObject payload, JsonObject header, Func<byte[], byte[]> sign)
    {
        var input = B64(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + B64(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return input + "." + B64(sign(Encoding.ASCII.GetBytes(input)));
    }

    /// <summary>The public JWK of the P-256 key, for a jwk header.</summary>
    public JsonObject EcJwk()
    {
        var p = EcKey.ExportParameters(false);
        return new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = B64(p.Q.X!), ["y"] = B64(p.Q.Y!) };
    }

    public static string B64(byte[] bytes) => Base64Url.EncodeToString(bytes);

    private static JsonObject Header(string alg, string? kid, JsonObject? extra)
    {
        var header = new JsonObject { ["alg"] = alg };
        if (kid is not null)
        {
            header["kid"] = kid;
        }

        foreach (var (name, value) in extra ?? [])
        {
            header[name] = value?.DeepClone();
        }

        return header;
    }

    public void Dispose()
    {
        EcKey.Dispose();
        RsaKey.Dispose();
    }
}
