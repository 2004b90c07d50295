using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// Signs an ELMO document the way an EMREX data provider does: one enveloped XMLDSig as the last child of
/// <c>elmo</c>, whose single reference (<c>URI=""</c>) covers the whole document through the enveloped-signature and
/// exclusive C14N transforms, SHA-256 digest, RSA-SHA256 over exclusive-C14N <c>SignedInfo</c>. The public key goes
/// in <c>KeyInfo</c> as a courtesy to other readers; the hub ignores it and takes the key from its trust list.
/// </summary>
internal static class ElmoXmlSigner
{
    public static byte[] Sign(XmlDocument document, RSA key)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(key);
        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signed.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new RSAKeyValue(key));
        signed.KeyInfo = keyInfo;
        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
