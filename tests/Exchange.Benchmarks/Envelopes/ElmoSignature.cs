using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Exchange.Benchmarks.Envelopes;

/// <summary>
/// Enveloped XMLDSig over a whole ELMO document the way an EMREX data provider signs it (<c>Reference URI=""</c>,
/// enveloped-signature transform, C14N 1.0, SHA-256 digest, signer certificate in KeyInfo), and the check a
/// receiving peer makes: parse the bytes as they arrived, find the one signature, insist that it covers the whole
/// document, and verify it with the provider's registered key (already loaded, like the hub's pinned keys).
/// </summary>
public static class ElmoSignature
{
    public static byte[] Sign(XmlDocument document, AsymmetricAlgorithm key, string signatureMethod, X509Certificate2? certificate)
    {
        ArgumentNullException.ThrowIfNull(document);
        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = signatureMethod;
        signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigC14NTransformUrl;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        signed.AddReference(reference);
        if (certificate is not null)
        {
            var keyInfo = new KeyInfo();
            keyInfo.AddClause(new KeyInfoX509Data(certificate));
            signed.KeyInfo = keyInfo;
        }

        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        return ElmoDocument.ToBytes(document);
    }

    /// <summary>True when the bytes are one ELMO document whose single enveloped signature covers all of it and
    /// verifies with <paramref name="registeredKey"/>.</summary>
    public static bool Verify(byte[] documentBytes, AsymmetricAlgorithm registeredKey)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var stream = new MemoryStream(documentBytes, writable: false))
        using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            document.Load(reader);
        }

        if (document.DocumentElement is not { LocalName: "elmo", NamespaceURI: ElmoDocument.Namespace })
        {
            return false;
        }

        var signatures = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl);
        if (signatures.Count != 1 || signatures[0] is not XmlElement signatureElement || signatureElement.ParentNode != document.DocumentElement)
        {
            return false;
        }

        var signed = new SignedXml(document);
        signed.LoadXml(signatureElement);
        return signed.SignedInfo!.References.Count == 1
            && signed.SignedInfo.References[0] is Reference { Uri: "" }
            && signed.CheckSignature(registeredKey);
    }

    /// <summary>A self-signed certificate standing in for the provider's certificate registered in EMREG.</summary>
    public static X509Certificate2 SelfSigned(RSA key, string subject)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}
