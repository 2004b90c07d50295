using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.Linked;

namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>
/// What the RDFC suites sign (eddsa-rdfc-2022, ecdsa-rdfc-2019 with P-256): the document without its proof and the
/// proof options without proofValue (with the document's @context unless the proof states one) are each turned into
/// RDF, canonicalised with RDFC-1.0 and hashed with SHA-256; the signature covers proofHash ‖ docHash. The JSON-LD
/// processor knows only the contexts the hub carries and both steps are bounded, so this throws
/// <see cref="JsonLdException"/> for a document it refuses ("unknown context", "limit exceeded", an invalid document).
/// </summary>
public static class RdfcSignedData
{
    /// <summary>The 64 bytes the signature covers: SHA-256 of the canonical proof options, then of the document.</summary>
    public static byte[] Of(JsonObject credential, JsonObject proofOptions, JsonLdContexts contexts)
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

    /// <summary>The canonical N-Quads of a JSON-LD document, as the hash covers them.</summary>
    public static string Canonical(JsonObject document, JsonLdContexts contexts) =>
        RdfCanonicalizer.Canonicalize(JsonLdRdf.ToRdf(document, contexts, JsonLdLimits.Default));

    private static byte[] Hash(JsonObject document, JsonLdContexts contexts) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(document, contexts)));
}
