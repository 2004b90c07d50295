using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Signing;
using Exchange.LocalFederation.Walkthrough;

namespace Exchange.Benchmarks.Outside;

/// <summary>
/// Outside credentials as a verifier meets them, signed here with fresh keys: the walkthrough's Open Badge 3.0
/// (<see cref="DemoBadge"/>: EQF alignment, ECTS, three ESCO-coded outcomes, two languages) as ES256 and RS256-2048
/// VC-JWTs with a trusted <c>kid</c>, the same credential in the older <c>vc</c>-claim layout, a CLR 2.0 carrying three
/// such badges (each a compact JWS of its own), and a badge of an issuer no trust list holds whose key travels only in
/// its <c>jwk</c> header.
/// </summary>
public sealed class OutsideDocuments : IDisposable
{
    public const string IssuerId = "https://bench-badges.example.org/issuer";
    private const string UnlistedIssuerId = "https://unlisted-badges.example.org/issuer";
    private const string EsKeyId = IssuerId + "#es256";
    private const string RsKeyId = IssuerId + "#rs256";

    private readonly ECDsa _es = Es256.CreateKey();
    private readonly RSA _rs = RSA.Create(2048);
    private readonly ECDsa _untrusted = Es256.CreateKey();

    public OutsideDocuments(DateTimeOffset now)
    {
        Now = now;
        Es256Badge = Bytes(SignEs(_es, Kid(EsKeyId), Badge("es")));
        Rs256Badge = Bytes(SignRs(Badge("rs")));
        VcClaimBadge = Bytes(SignEs(_es, Kid(EsKeyId), VcClaim(Badge("vc"))));
        Clr = Bytes(SignEs(_es, Kid(EsKeyId), ClrCredential(
            [.. Enumerable.Range(1, 3).Select(i => SignEs(_es, Kid(EsKeyId), Badge("clr-" + i)))])));
        // An issuer the trust list does not hold (a listed issuer's name with an unregistered key fails outright).
        UntrustedJwkBadge = Bytes(SignEs(_untrusted, new JsonObject { ["alg"] = "ES256", ["jwk"] = PublicJwk(_untrusted) }, Badge("jwk", UnlistedIssuerId)));
        Trust = new InMemoryIssuerTrust(new TrustedIssuer(IssuerId, "LV-BENCH", "Bench Badges", "LV", "hub-lv",
        [
            new TrustedIssuerKey(EsKeyId, _es.ExportSubjectPublicKeyInfo(), now.AddYears(-1), null, null),
            new TrustedIssuerKey(RsKeyId, _rs.ExportSubjectPublicKeyInfo(), now.AddYears(-1), null, null),
        ], [], new QualityAssuranceBasis("Bench QA agency", true, QualityAssuranceScope.Institutional, QualityAssuranceOutcome.Positive, now.AddYears(-2), now.AddYears(3))));
    }

    public DateTimeOffset Now { get; }

    public byte[] Es256Badge { get; }

    public byte[] Rs256Badge { get; }

    public byte[] VcClaimBadge { get; }

    public byte[] Clr { get; }

    public byte[] UntrustedJwkBadge { get; }

    public IOutsideIssuerTrust Trust { get; }

    /// <summary>The ES256 badge's signature as a verifier checks it at the lowest level: a public key already imported,
    /// the signing input's bytes and the raw r‖s signature.</summary>
    public (ECDsa PublicKey, byte[] SigningInput, byte[] Signature) RawEs256()
    {
        var jws = Encoding.ASCII.GetString(Es256Badge);
        var cut = jws.LastIndexOf('.');
        return (Es256.ImportPublicKey(_es.ExportSubjectPublicKeyInfo()), Encoding.ASCII.GetBytes(jws[..cut]), Base64Url.DecodeFromChars(jws.AsSpan(cut + 1)));
    }

    public void Dispose()
    {
        _es.Dispose();
        _rs.Dispose();
        _untrusted.Dispose();
    }

    /// <summary>The demo badge; each serial its own achievement, as the courses a CLR gathers are.</summary>
    private JsonObject Badge(string serial, string issuerId = IssuerId)
    {
        var badge = DemoBadge.Create(issuerId, "Bench Badges", serial, Now.AddDays(-30)).Payload;
        var achievement = badge["credentialSubject"]!["achievement"]!.AsObject();
        achievement["id"] = achievement["id"]!.GetValue<string>() + "-" + serial;
        return badge;
    }

    /// <summary>The VC 1.1-era layout: JWT claims outside, the credential in <c>vc</c>.</summary>
    private static JsonObject VcClaim(JsonObject badge)
    {
        var claims = new JsonObject();
        foreach (var name in new[] { "iss", "jti", "sub", "nbf", "exp" })
        {
            claims[name] = badge[name]!.DeepClone();
            badge.Remove(name);
        }

        claims["vc"] = badge;
        return claims;
    }

    private JsonObject ClrCredential(IReadOnlyList<string> embedded)
    {
        var id = IssuerId + "/clr/1";
        const string subject = "did:example:learner-aigerim-demo";
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "ClrCredential"),
            ["issuer"] = new JsonObject { ["id"] = IssuerId, ["type"] = new JsonArray("Profile"), ["name"] = "Bench Badges" },
            ["validFrom"] = Now.AddDays(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = "Three badges of one learner",
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = subject,
                ["type"] = new JsonArray("ClrSubject"),
                ["verifiableCredential"] = new JsonArray([.. embedded.Select(jws => (JsonNode)JsonValue.Create(jws))]),
            },
            ["iss"] = IssuerId,
            ["jti"] = id,
            ["sub"] = subject,
            ["nbf"] = Now.AddDays(-30).ToUnixTimeSeconds(),
        };
    }

    private static JsonObject Kid(string kid) => new() { ["alg"] = "ES256", ["kid"] = kid };

    private static string SignEs(ECDsa key, JsonObject header, JsonObject payload)
    {
        var input = Input(header, payload);
        return input + "." + Base64Url.EncodeToString(Es256.Sign(key, Encoding.ASCII.GetBytes(input)));
    }

    private string SignRs(JsonObject payload)
    {
        var input = Input(new JsonObject { ["alg"] = "RS256", ["kid"] = RsKeyId }, payload);
        return input + "." + Base64Url.EncodeToString(_rs.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    private static string Input(JsonObject header, JsonObject payload) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));

    private static JsonObject PublicJwk(ECDsa key)
    {
        var q = key.ExportParameters(false).Q;
        return new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = Base64Url.EncodeToString(q.X), ["y"] = Base64Url.EncodeToString(q.Y) };
    }

    private static byte[] Bytes(string jws) => Encoding.ASCII.GetBytes(jws);
}

/// <summary>A trust list holding a few issuers, answered from memory (the registry and peers' lists are not measured).</summary>
public sealed class InMemoryIssuerTrust(params TrustedIssuer[] issuers) : IOutsideIssuerTrust
{
    public Task<TrustedIssuer?> FindAsync(string issuerId, CancellationToken cancellationToken) =>
        Task.FromResult(issuers.FirstOrDefault(i => i.IssuerId == issuerId));
}
