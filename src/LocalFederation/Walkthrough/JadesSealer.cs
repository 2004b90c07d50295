using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// Seals a document the way the Europass issuing software seals a European Digital Credential (JAdES baseline B, ETSI
/// TS 119 182-1): a JWS in the JSON general serialisation whose payload is the credential's own bytes, not base64url
/// (RFC 7797: <c>b64</c> false, named in <c>crit</c> with the JAdES signing time <c>sigT</c>), RS256 with the sealing
/// certificate in <c>x5c</c> and its SHA-256 thumbprint in <c>x5t#S256</c>. The signing input is the protected
/// header's base64url, a dot and the payload bytes. No timestamps or validation data (JAdES-B-T/LTA): the hub names
/// those as not checked.
/// </summary>
internal static class JadesSealer
{
    public static string Seal(byte[] payload, RSA key, X509Certificate2 certificate, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(certificate);
        var header = new JsonObject
        {
            ["alg"] = "RS256",
            ["typ"] = "jose+json",
            ["b64"] = false,
            ["crit"] = new JsonArray("b64", "sigT"),
            ["sigT"] = signedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["x5t#S256"] = Base64Url.EncodeToString(SHA256.HashData(certificate.RawData)),
            ["x5c"] = new JsonArray(Convert.ToBase64String(certificate.RawData)),
        };
        var encodedHeader = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString()));
        byte[] signingInput = [.. Encoding.ASCII.GetBytes(encodedHeader + "."), .. payload];
        var signature = key.SignData(signingInput, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return new JsonObject
        {
            // RFC 7797 §5.2: with b64 false the JSON serialisation carries the payload as it is, here a JSON text.
            ["payload"] = Encoding.UTF8.GetString(payload),
            ["signatures"] = new JsonArray(new JsonObject
            {
                ["protected"] = encodedHeader,
                ["signature"] = Base64Url.EncodeToString(signature),
            }),
        }.ToJsonString();
    }
}
