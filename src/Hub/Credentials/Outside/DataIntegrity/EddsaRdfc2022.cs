using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.Linked;
using NSec.Cryptography;
using SimpleBase;

namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>
/// The eddsa-rdfc-2022 cryptosuite (W3C VC Data Integrity EdDSA Cryptosuites v1.0): the document without its proof
/// and the proof options without proofValue (with the document's @context unless the proof states one) are each turned into RDF, canonicalised
/// with RDFC-1.0 and hashed with SHA-256; Ed25519 signs proofHash ‖ docHash. The JSON-LD processor knows only the
/// contexts the hub carries and both steps are bounded, so this throws <see cref="JsonLdException"/> for a document it
/// refuses ("unknown context", "limit exceeded", an invalid document).
/// </summary>
public static class EddsaRdfc2022
{
    public const int SignatureLength = 64;

    /// <summary>The 64 bytes the signature covers: SHA-256 of the canonical proof options, then of the document.</summary>
    public static byte[] SignedData(JsonObject credential, JsonObject proofOptions, JsonLdContexts contexts)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(proofOptions);
        var document = (JsonObject)credential.DeepClone();
        document.Remove("proof");
        var options = (JsonObject)proofOptions.DeepClone();
        options.Remove("proofValue");
        // The proof options are read with the document's contexts unless the proof states its own (as signers keep it).
        if (!options.ContainsKey("@context"))
        {
            options["@context"] = credential["@context"]?.DeepClone();
        }

        return [.. Hash(options, contexts), .. Hash(document, contexts)];
    }

    /// <summary>The canonical N-Quads of a JSON-LD document, as the hash covers them (for reports and tests).</summary>
    public static string Canonical(JsonObject document, JsonLdContexts contexts) =>
        RdfCanonicalizer.Canonicalize(JsonLdRdf.ToRdf(document, contexts, JsonLdLimits.Default));

    /// <summary>Whether <paramref name="signature"/> is an Ed25519 signature of <paramref name="data"/> by the raw
    /// 32-byte <paramref name="publicKey"/>; a key that is not a valid Ed25519 point is false.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        var algorithm = SignatureAlgorithm.Ed25519;
        if (signature.Length != SignatureLength || !PublicKey.TryImport(algorithm, publicKey, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            return false;
        }

        return algorithm.Verify(key, data, signature);
    }

    /// <summary>The signature in a proofValue: multibase base58btc ("z…") of 64 bytes.</summary>
    public static bool TryReadProofValue(string? proofValue, out byte[] signature)
    {
        signature = [];
        if (proofValue is not { Length: > 1 and < 200 } || proofValue[0] != 'z')
        {
            return false;
        }

        try
        {
            signature = Base58.Bitcoin.Decode(proofValue.AsSpan(1));
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return false;
        }

        return signature.Length == SignatureLength;
    }

    /// <summary>A proofValue for a 64-byte signature (for signing in tests and tools).</summary>
    public static string ProofValue(ReadOnlySpan<byte> signature) => "z" + Base58.Bitcoin.Encode(signature);

    private static byte[] Hash(JsonObject document, JsonLdContexts contexts) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(document, contexts)));
}
