using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.Linked;
using NSec.Cryptography;
using SimpleBase;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// Adds an <c>eddsa-rdfc-2022</c> Data Integrity proof to a JSON-LD credential the way an outside issuer's wallet or
/// badge platform does (VC Data Integrity EdDSA Cryptosuites v1.0, §3.3): the credential without a proof and the proof
/// options under the credential's <c>@context</c> are each turned into RDF and canonicalised with RDFC-1.0, both
/// hashed with SHA-256, and Ed25519 signs proof hash ‖ document hash; <c>proofValue</c> is <c>z</c> + base58btc of
/// the signature. It uses the hub's own JSON-LD and RDFC-1.0 code (the contexts the hub carries, nothing fetched), so
/// the demo signs exactly what the reader canonicalises; the tests check both against digitalbazaar's libraries.
/// </summary>
internal static class EddsaRdfcSigner
{
    public const string Cryptosuite = "eddsa-rdfc-2022";

    /// <summary>A copy of <paramref name="credential"/> with the proof (any earlier proof replaced).</summary>
    public static JsonObject Sign(JsonObject credential, Key key, string verificationMethod, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(key);
        var document = credential.DeepClone().AsObject();
        document.Remove("proof");
        var proof = new JsonObject
        {
            ["type"] = "DataIntegrityProof",
            ["cryptosuite"] = Cryptosuite,
            ["created"] = created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["verificationMethod"] = verificationMethod,
            ["proofPurpose"] = "assertionMethod",
        };
        var options = proof.DeepClone().AsObject();
        options["@context"] = document["@context"]?.DeepClone();
        byte[] signed = [.. CanonicalHash(options), .. CanonicalHash(document)];
        proof["proofValue"] = "z" + Base58.Bitcoin.Encode(SignatureAlgorithm.Ed25519.Sign(key, signed));
        document["proof"] = proof;
        return document;
    }

    /// <summary>SHA-256 of the RDFC-1.0 canonical N-Quads of the document (UTF-8).</summary>
    public static byte[] CanonicalHash(JsonObject document) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(RdfCanonicalizer.Canonicalize(JsonLdRdf.ToRdf(document, JsonLdContexts.Bundled))));
}
