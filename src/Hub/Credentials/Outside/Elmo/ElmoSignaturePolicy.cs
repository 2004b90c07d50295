using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using static Exchange.Hub.Credentials.Outside.Elmo.XmlSignatureAlgorithms;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>What the signature policy found: the loaded signature and its algorithms' words, or the refusal (a check
/// naming why). <paramref name="Refusal"/> is an EnvelopeFormat check for a refused algorithm, an EmbeddedProof check
/// for a signature in the wrong shape or place.</summary>
public sealed record ElmoSignatureShape(SignedXml? Verifier, XmlElement? Element, KeyFamily Family, string Words, CheckOutcome? Refusal);

/// <summary>
/// The shape an ELMO signature must have before any key is tried, against signature wrapping and algorithm
/// downgrades: exactly one ds:Signature, a child of the one elmo element (a signed Diploma Supplement's own signature
/// inside it is tolerated and named as not verified); one SignedInfo with exactly one Reference whose URI is "" — the
/// whole document, so the signed element is the document element itself and no Id can point elsewhere; transforms
/// exactly the enveloped-signature transform, optionally followed by one C14N; no ds:Object or Manifest; accepted
/// signature, digest and canonicalisation algorithms only. The same facts are checked again on what SignedXml loaded,
/// so the policy and the verifier cannot read the signature differently.
/// </summary>
public static class ElmoSignaturePolicy
{
    public static ElmoSignatureShape Check(XmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.DocumentElement!;
        if (document.GetElementsByTagName("elmo", ElmoElements.Namespace).Count != 1)
        {
            return Wrong("The document holds a second elmo element inside the first: a signature-wrapping shape, refused.");
        }

        var all = document.GetElementsByTagName("Signature", Dsig).OfType<XmlElement>().ToList();
        var enveloped = all.Where(s => s.ParentNode == root).ToList();
        var supplements = all.Where(s => s.ParentNode is XmlElement { LocalName: "diplomaSupplement", NamespaceURI: ElmoElements.Namespace }).ToList();
        var elsewhere = all.Except(enveloped).Except(supplements).ToList();
        if (enveloped.Count == 0)
        {
            return Wrong(all.Count == 0
                ? "The document is not signed: an ELMO presented on its own must carry its data provider's enveloped signature (the schema makes it optional only inside an EWP transcript, which signs the HTTP response instead)."
                : "The document's only signatures are not on the elmo element itself; the document as a whole is unsigned.");
        }

        if (enveloped.Count > 1 || elsewhere.Count > 0)
        {
            return Wrong($"The document has {all.Count - supplements.Count} signatures where exactly one, a child of the elmo element, is allowed: a signature-wrapping shape, refused.");
        }

        var signature = enveloped[0];
        var signedInfos = Ds(signature, "SignedInfo").ToList();
        if (signedInfos.Count != 1 || Ds(signature, "SignatureValue").Count() != 1)
        {
            return Wrong("The signature does not have exactly one SignedInfo and one SignatureValue.");
        }

        if (Ds(signature, "Object").Any() || signature.GetElementsByTagName("Manifest", Dsig).Count > 0)
        {
            return Wrong("The signature carries a ds:Object or a Manifest, which a whole-document signature never needs: refused, as content hidden there could be what was signed.");
        }

        var info = signedInfos[0];
        var c14n = Algorithm(Ds(info, "CanonicalizationMethod").SingleOrDefault());
        var method = Algorithm(Ds(info, "SignatureMethod").SingleOrDefault());
        var references = info.GetElementsByTagName("Reference", Dsig).OfType<XmlElement>().ToList();
        if (c14n is null || !Canonicalizations.TryGetValue(c14n, out var c14nName))
        {
            return c14n is null ? Wrong("The SignedInfo names no single canonicalisation method.") : Refused(Refusal("canonicalisation method", c14n));
        }

        if (method is null || !Signatures.TryGetValue(method, out var signatureMethod))
        {
            return method is null ? Wrong("The SignedInfo names no single signature method.") : Refused(Refusal("signature method", method));
        }

        if (references.Count != 1 || references[0].ParentNode != info)
        {
            return Wrong($"The signature has {references.Count} references where exactly one, to the whole document (URI=\"\"), is allowed.");
        }

        var reference = references[0];
        if (!reference.HasAttribute("URI") || reference.GetAttribute("URI").Length != 0)
        {
            return Wrong(reference.HasAttribute("URI")
                ? $"The signature's reference is to \"{OutsideChecks.Cut(reference.GetAttribute("URI"), 60)}\", not to the whole document (URI=\"\"): what it signs is not what is read, refused."
                : "The signature's reference has no URI; it must be URI=\"\", the whole document.");
        }

        var digest = Algorithm(Ds(reference, "DigestMethod").SingleOrDefault());
        if (digest is null || !Digests.TryGetValue(digest, out var digestName))
        {
            return digest is null ? Wrong("The reference names no single digest method.") : Refused(Refusal("digest method", digest));
        }

        var transforms = Ds(reference, "Transforms").SelectMany(t => Ds(t, "Transform")).Select(Algorithm).ToList();
        if (transforms.FirstOrDefault(t => t is not null && RefusedTransforms.ContainsKey(t)) is { } refusedTransform)
        {
            return Wrong($"The reference applies the {RefusedTransforms[refusedTransform]} transform, which lets a signature cover something other than the document as sent: refused.");
        }

        if (Ds(reference, "Transforms").Count() > 1 || transforms.Count is 0 or > 2 || transforms[0] != EnvelopedSignature
            || (transforms.Count == 2 && (transforms[1] is null || !Canonicalizations.ContainsKey(transforms[1]!))))
        {
            return Wrong("The reference's transforms are not exactly the enveloped-signature transform, optionally followed by one C14N: "
                + OutsideChecks.Cut(string.Join(", ", transforms.Select(t => t ?? "(none)")), 200) + ".");
        }

        var signed = new SignedXml(document);
        try
        {
            signed.LoadXml(signature);
        }
        catch (CryptographicException e)
        {
            return Wrong("The signature cannot be read: " + OutsideChecks.Cut(e.Message) + ".");
        }

        // The same facts on what SignedXml itself loaded, so the policy and the verifier read one signature.
        if (signed.SignedInfo is not { References.Count: 1 } loaded || loaded.References[0] is not Reference { Uri: "" } loadedReference
            || loaded.SignatureMethod != method || loaded.CanonicalizationMethod != c14n || loadedReference.DigestMethod != digest
            || loadedReference.TransformChain.Count != transforms.Count)
        {
            return Wrong("The signature reads differently to the XMLDSig library than to the policy check: refused.");
        }

        if (signatureMethod.Family == KeyFamily.Ecdsa)
        {
            EcdsaSignatureDescription.Register();
        }

        var words = $"{signatureMethod.Name}, digest {digestName}, {c14nName}"
            + (supplements.Count > 0 ? $"; {supplements.Count} Diploma Supplement signature{(supplements.Count == 1 ? "" : "s")} inside it not verified separately (the document signature covers them)" : "");
        return new ElmoSignatureShape(signed, signature, signatureMethod.Family, words, null);
    }

    private static IEnumerable<XmlElement> Ds(XmlElement parent, string name) =>
        parent.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == name && e.NamespaceURI == Dsig);

    private static string? Algorithm(XmlElement? element) => element?.HasAttribute("Algorithm") == true ? element.GetAttribute("Algorithm") : null;

    private static ElmoSignatureShape Wrong(string why) =>
        new(null, null, KeyFamily.Rsa, "", new CheckOutcome(VerificationCheck.EmbeddedProof, CheckResult.Failed, why, "EMBEDDED_PROOF_INVALID"));

    private static ElmoSignatureShape Refused(string why) =>
        new(null, null, KeyFamily.Rsa, "", new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, why, "SIGNATURE_ALGORITHM_REFUSED"));
}
