using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using static Exchange.Hub.Tests.Outside.Elmo.ElmoReaderSpecs;

namespace Exchange.Hub.Tests.Outside.Elmo;

/// <summary>
/// The shapes of an ELMO signature the reader refuses before any key is tried: SHA-1 anywhere, transforms other than
/// enveloped + C14N, a reference to anything but the whole document, a signature moved or wrapped, a second elmo,
/// short RSA keys. Each is signed here for real, so the refusal is the policy's and not a broken signature's.
/// </summary>
public sealed class ElmoSignaturePolicySpecs : IDisposable
{
    private const string Ds = SignedXml.XmlDsigNamespaceUrl;
    private const string ElmoElementsNamespace = Exchange.Hub.Credentials.Outside.Elmo.ElmoElements.Namespace;

    private readonly ElmoSigner _signer = new();

    public void Dispose() => _signer.Dispose();

    [Fact]
    public async Task The_official_example_as_published_is_refused_for_its_rsa_sha1_signature()
    {
        var text = ElmoFixtures.OfficialExampleText().Replace("uw.edu.pl", ElmoSigner.SchacId, StringComparison.Ordinal);

        var read = await Read(Encoding.UTF8.GetBytes(text), _signer.Trusted());

        var format = Check(read, VerificationCheck.EnvelopeFormat);
        Assert.Equal(CheckResult.Failed, format.Result);
        Assert.Equal("SIGNATURE_ALGORITHM_REFUSED", format.FailureReason);
        Assert.Contains("rsa-sha1", format.Detail, StringComparison.Ordinal);
        Assert.Equal(9, read.Verification.Checks.Count);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task A_valid_RSA_SHA1_signature_is_refused_by_policy_although_it_verifies()
    {
        var signed = ElmoSigner.Sign(ElmoFixtures.Version2(), _signer.RsaKey, SignedXml.XmlDsigRSASHA1Url, _signer.Certificate);

        var read = await Read(signed, _signer.Trusted());

        Assert.Equal("SIGNATURE_ALGORITHM_REFUSED", Check(read, VerificationCheck.EnvelopeFormat).FailureReason);
        Assert.Contains("rsa-sha1", Check(read, VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
    }

    [Fact]
    public async Task A_SHA1_digest_under_an_RSA_SHA256_signature_is_refused()
    {
        var signed = ElmoSigner.Sign(ElmoFixtures.Version2(), _signer.RsaKey, SignedXml.XmlDsigRSASHA256Url, _signer.Certificate, digestMethod: SignedXml.XmlDsigSHA1Url);

        var read = await Read(signed, _signer.Trusted());

        Assert.Equal("SIGNATURE_ALGORITHM_REFUSED", Check(read, VerificationCheck.EnvelopeFormat).FailureReason);
        Assert.Contains("digest method is sha1", Check(read, VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_XSLT_transform_is_refused_by_name()
    {
        var document = ElmoSigner.Load(_signer.SignRsa(ElmoFixtures.Version2()));
        var transforms = (XmlElement)document.GetElementsByTagName("Transforms", Ds)[0]!;
        var xslt = document.CreateElement("Transform", Ds);
        xslt.SetAttribute("Algorithm", SignedXml.XmlDsigXsltTransformUrl);
        transforms.AppendChild(xslt);

        var read = await Read(ElmoSigner.Bytes(document), _signer.Trusted());

        var proof = Check(read, VerificationCheck.EmbeddedProof);
        Assert.Equal(CheckResult.Failed, proof.Result);
        Assert.Contains("XSLT transform", proof.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_to_an_element_id_instead_of_the_whole_document_is_refused()
    {
        var document = ElmoFixtures.Version2();
        var report = (XmlElement)document.GetElementsByTagName("report", ElmoElementsNamespace)[0]!;
        report.SetAttribute("Id", "r1");
        var signed = ElmoSigner.Sign(document, _signer.RsaKey, SignedXml.XmlDsigRSASHA256Url, _signer.Certificate, referenceUri: "#r1", transforms: [new XmlDsigExcC14NTransform()]);

        var read = await Read(signed, _signer.Trusted());

        Assert.Equal(CheckResult.Failed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Contains("reference is to \"#r1\", not to the whole document", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task A_signed_elmo_wrapped_inside_another_elmo_is_refused()
    {
        var original = ElmoSigner.Load(_signer.SignRsa(ElmoFixtures.Version2()));
        var signature = (XmlElement)original.GetElementsByTagName("Signature", Ds)[0]!;
        var forged = ElmoFixtures.Version2("passed", ElmoSigner.SchacId);
        ((XmlElement)forged.GetElementsByTagName("resultLabel", ElmoElementsNamespace)[0]!).InnerText = "A";
        var extension = forged.CreateElement("extension", ElmoElementsNamespace);
        signature.ParentNode!.RemoveChild(signature);
        extension.AppendChild(forged.ImportNode(original.DocumentElement!, deep: true));
        forged.DocumentElement!.AppendChild(extension);
        forged.DocumentElement.AppendChild(forged.ImportNode(signature, deep: true));

        var read = await Read(ElmoSigner.Bytes(forged), _signer.Trusted());

        Assert.Equal(CheckResult.Failed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Contains("second elmo element", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task A_signature_moved_off_the_elmo_element_leaves_the_document_unsigned()
    {
        var document = ElmoSigner.Load(_signer.SignRsa(ElmoFixtures.Version2()));
        var signature = document.GetElementsByTagName("Signature", Ds)[0]!;
        signature.ParentNode!.RemoveChild(signature);
        document.GetElementsByTagName("report", ElmoElementsNamespace)[0]!.AppendChild(signature);

        var read = await Read(ElmoSigner.Bytes(document), _signer.Trusted());

        Assert.Contains("not on the elmo element itself", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_signatures_on_the_elmo_element_are_refused()
    {
        var document = ElmoSigner.Load(_signer.SignRsa(ElmoFixtures.Version2()));
        var signature = document.GetElementsByTagName("Signature", Ds)[0]!;
        document.DocumentElement!.AppendChild(signature.CloneNode(deep: true));

        var read = await Read(ElmoSigner.Bytes(document), _signer.Trusted());

        Assert.Contains("exactly one, a child of the elmo element", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ds_Object_inside_the_signature_is_refused()
    {
        var document = ElmoSigner.Load(_signer.SignRsa(ElmoFixtures.Version2()));
        var signature = document.GetElementsByTagName("Signature", Ds)[0]!;
        signature.AppendChild(document.CreateElement("Object", Ds));

        var read = await Read(ElmoSigner.Bytes(document), _signer.Trusted());

        Assert.Contains("ds:Object", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsigned_ELMO_is_refused_as_unsigned()
    {
        var read = await Read(ElmoSigner.Bytes(ElmoFixtures.Version2()), _signer.Trusted());

        Assert.Equal(CheckResult.Failed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Contains("not signed", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task A_trusted_RSA_key_below_2048_bits_is_refused_by_name()
    {
        using var small = RSA.Create(1024);
        var signed = ElmoSigner.Sign(ElmoFixtures.Version2(), small, SignedXml.XmlDsigRSASHA256Url, null);
        var key = new TrustedIssuerKey("small", small.ExportSubjectPublicKeyInfo(), new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), null, null);

        var read = await Read(signed, _signer.Trusted(keys: [key]));

        var proof = Check(read, VerificationCheck.EmbeddedProof);
        Assert.Equal("SIGNATURE_ALGORITHM_REFUSED", proof.FailureReason);
        Assert.Contains("RSA-1024", proof.Detail, StringComparison.Ordinal);
    }
}
