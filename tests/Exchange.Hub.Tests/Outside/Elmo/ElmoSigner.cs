using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Credentials.Outside.Elmo;

namespace Exchange.Hub.Tests.Outside.Elmo;

/// <summary>
/// An EMREX data provider for the specs: a fresh RSA-2048 key with a self-signed certificate and a P-256 key, and an
/// enveloped XMLDSig signer (SignedXml: Reference URI="", enveloped-signature + exclusive C14N, certificate in KeyInfo)
/// that also writes the shapes a reader must refuse (SHA-1, another reference, other transforms).
/// </summary>
public sealed class ElmoSigner : IDisposable
{
    public const string SchacId = "test.example.edu";
    public const string IssuerId = "schac:" + SchacId;
    public const string RsaKeyId = "elmo-rsa";
    public const string EcKeyId = "elmo-ec";

    public ElmoSigner(string subject = "CN=Test University EMREX, O=Test University, C=LV")
    {
        var request = new CertificateRequest(subject, RsaKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    public RSA RsaKey { get; } = RSA.Create(2048);

    public ECDsa EcKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public X509Certificate2 Certificate { get; }

    /// <summary>The trust list's entry for the test institution: both keys (or the ones given) valid from 2010 (the
    /// official example is generated in 2015), roots.</summary>
    public TrustedIssuer Trusted(IReadOnlyList<TrustedIssuerKey>? keys = null, IReadOnlyList<X509Certificate2>? roots = null, string issuerId = IssuerId) =>
        new(issuerId, "LV-ELMO", "Test University", "LV", "hub-lv",
            keys ??
            [
                new TrustedIssuerKey(RsaKeyId, RsaKey.ExportSubjectPublicKeyInfo(), new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero), null, null),
                new TrustedIssuerKey(EcKeyId, EcKey.ExportSubjectPublicKeyInfo(), new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero), null, null),
            ],
            roots ?? [], null);

    public byte[] SignRsa(XmlDocument document, bool keyInfo = true) =>
        Sign(document, RsaKey, SignedXml.XmlDsigRSASHA256Url, keyInfo ? Certificate : null);

    public byte[] SignEcdsa(XmlDocument document)
    {
        EcdsaSignatureDescription.Register();
        return Sign(document, EcKey, EcdsaSignatureDescription.Sha256, null);
    }

    /// <summary>Signs the whole document (the elmo element gets the signature as its last child) and returns the bytes
    /// as they would be sent.</summary>
    public static byte[] Sign(XmlDocument document, AsymmetricAlgorithm key, string signatureMethod, X509Certificate2? certificate,
        string digestMethod = SignedXml.XmlDsigSHA256Url, string referenceUri = "", Transform[]? transforms = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = signatureMethod;
        signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        var reference = new Reference(referenceUri) { DigestMethod = digestMethod };
        foreach (var transform in transforms ?? [new XmlDsigEnvelopedSignatureTransform(), new XmlDsigExcC14NTransform()])
        {
            reference.AddTransform(transform);
        }

        signed.AddReference(reference);
        if (certificate is not null)
        {
            var info = new KeyInfo();
            info.AddClause(new KeyInfoX509Data(certificate));
            signed.KeyInfo = info;
        }

        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        return Bytes(document);
    }

    public static byte[] Bytes(XmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Parses bytes the way a test edits them (whitespace kept, no DTD).</summary>
    public static XmlDocument Load(byte[] bytes)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var stream = new MemoryStream(bytes);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        document.Load(reader);
        return document;
    }

    public static byte[] Replace(byte[] bytes, string from, string to)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var changed = text.Replace(from, to, StringComparison.Ordinal);
        return changed == text ? throw new InvalidOperationException($"The document has no \"{from}\".") : Encoding.UTF8.GetBytes(changed);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        RsaKey.Dispose();
        EcKey.Dispose();
    }
}
