using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Credentials.Outside.DataIntegrity;
using Exchange.Hub.Credentials.Outside.Linked;
using NSec.Cryptography;

namespace Exchange.Hub.Tests.Outside.DataIntegrity;

/// <summary>An outside issuer that signs with eddsa-rdfc-2022 for the specs: a fresh Ed25519 key (its seed can be
/// handed to di-sign.mjs), an https issuer id or its own did:key, and a signer built on the hub's canonicaliser and
/// NSec — the other direction of the interop specs checks it with digitalbazaar's verifier.</summary>
public sealed class DataIntegrityIssuer : IDisposable
{
    public const string HttpsIssuer = "https://badges.example.edu";
    public static readonly DateTimeOffset Created = new(2026, 7, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly Key _key;

    /// <param name="issuerId">An https issuer id, or null for a did:key issuer.</param>
    public DataIntegrityIssuer(string? issuerId = HttpsIssuer)
    {
        Seed = RandomNumberGenerator.GetBytes(32);
        _key = Key.Import(SignatureAlgorithm.Ed25519, Seed, KeyBlobFormat.RawPrivateKey);
        PublicKey = _key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        IssuerId = issuerId ?? Multikey.DidKey(PublicKey);

        // An https method names the key by its multibase, as the OB 3.0 test vector does (di-verify.mjs reads it there).
        VerificationMethod = issuerId is null ? Multikey.DidKeyMethod(PublicKey) : issuerId + "#" + Multikey.Ed25519(PublicKey);
    }

    public byte[] Seed { get; }

    public string SeedHex => Convert.ToHexStringLower(Seed);

    public byte[] PublicKey { get; }

    public string IssuerId { get; }

    public string VerificationMethod { get; }

    /// <summary>The specs' OB 3.0 badge issued by this issuer, without the one term the contexts the hub carries do not
    /// define (Exchange's creditSystem): JSON-LD would drop it, and signers refuse to sign what they drop.</summary>
    public JsonObject Badge(DateTimeOffset? validUntil = null)
    {
        var badge = OutsideDocuments.Badge(IssuerId, validUntil);
        ((JsonObject)badge["credentialSubject"]!["achievement"]!).Remove("creditSystem");
        return badge;
    }

    /// <summary>The credential with an eddsa-rdfc-2022 proof; <paramref name="editProof"/> changes the proof options
    /// before signing (a wrong purpose, another suite name, another method).</summary>
    public JsonObject Sign(JsonObject credential, Action<JsonObject>? editProof = null)
    {
        var proof = new JsonObject
        {
            ["type"] = "DataIntegrityProof",
            ["created"] = Created.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["verificationMethod"] = VerificationMethod,
            ["cryptosuite"] = Cryptosuites.EddsaRdfc2022,
            ["proofPurpose"] = "assertionMethod",
        };
        editProof?.Invoke(proof);
        var data = RdfcSignedData.Of(credential, proof, JsonLdContexts.Bundled);
        proof["proofValue"] = EddsaRdfc2022.ProofValue(SignatureAlgorithm.Ed25519.Sign(_key, data));
        var signed = (JsonObject)credential.DeepClone();
        signed["proof"] = proof;
        return signed;
    }

    /// <summary>The trust list's entry for this issuer: its Ed25519 key under the verification method's id.</summary>
    public TrustedIssuer Trusted(string? keyId = null, byte[]? publicKey = null) =>
        new(IssuerId, "LV-EXAMPLE", "Example University", "LV", "hub-lv",
            [new TrustedIssuerKey(keyId ?? VerificationMethod, Ed25519Spki.FromRaw(publicKey ?? PublicKey), new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), null, null)],
            [], null);

    public void Dispose() => _key.Dispose();
}
