using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Exchange.Adapters.Credentials;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Microsoft.Extensions.Time.Testing;

namespace Exchange.Hub.Tests.Outside.Elmo;

/// <summary>
/// How the ELMO reader verifies an EMREX transcript: the key comes from the trust list through the report issuers'
/// schac/pic ids, never from KeyInfo alone; integrity is still checked with a KeyInfo certificate when the issuer is
/// unknown; the content maps as one transcript only when the signature verifies. Every document is signed here with
/// freshly generated keys.
/// </summary>
public sealed class ElmoReaderSpecs : IDisposable
{
    private readonly ElmoSigner _signer = new();

    public void Dispose() => _signer.Dispose();

    public static Task<ResolvedCredential> Read(byte[] document, params TrustedIssuer[] trusted) =>
        new ElmoReader(new InMemoryIssuerTrust(trusted), new FakeTimeProvider(OutsideReaders.Now)).ReadAsync(document, CancellationToken.None);

    public static CheckOutcome Check(ResolvedCredential read, VerificationCheck check) => read.Verification.Checks.Single(c => c.Check == check);

    [Fact]
    public async Task The_official_example_signed_RSA_SHA256_by_a_trusted_institution_is_valid_and_every_check_is_named_in_order()
    {
        var read = await Read(_signer.SignRsa(ElmoFixtures.OfficialExample()), _signer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(
            [VerificationCheck.EnvelopeFormat, VerificationCheck.HeaderConsistency, VerificationCheck.EmbeddedProof, VerificationCheck.IssuerKeyTrusted,
             VerificationCheck.IssuerQualityAssurance, VerificationCheck.Revocation, VerificationCheck.Expiry, VerificationCheck.ShareGrant, VerificationCheck.RequiredElements],
            read.Verification.Checks.Select(c => c.Check));
        Assert.Contains("ELMO 1.x", Check(read, VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Contains("RSA-SHA256, digest SHA-256, exclusive C14N", Check(read, VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Equal(ElmoSigner.RsaKeyId, Check(read, VerificationCheck.EmbeddedProof).KeyId);
        Assert.Contains("Test University, the issuer of report 1 (schac:test.example.edu)", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.IssuerKeyTrusted).Result);
        Assert.Equal(CheckResult.NotApplicable, Check(read, VerificationCheck.Revocation).Result);
        Assert.Contains("ELMO states no status", Check(read, VerificationCheck.Revocation).Detail, StringComparison.Ordinal);
        Assert.Contains("2015-10-31", Check(read, VerificationCheck.Expiry).Detail, StringComparison.Ordinal);
        Assert.Equal("LV", read.IssuingCountry);
        Assert.StartsWith("urn:exchange:elmo:sha256:", read.Verification.CredentialId, StringComparison.Ordinal);
        Assert.Equal("Test University", read.Credential!.AwardingBody!.Name);
        Assert.Equal(126m, read.Credential.Workload!.Amount);
    }

    [Fact]
    public async Task A_processing_instruction_before_the_root_is_kept_so_the_signature_over_the_whole_document_still_verifies()
    {
        var document = ElmoFixtures.OfficialExample();
        document.InsertBefore(document.CreateProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"transcript.xsl\""), document.DocumentElement);

        var read = await Read(_signer.SignRsa(document), _signer.Trusted());

        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
    }

    [Fact]
    public async Task An_ELMO_2_transcript_signed_ECDSA_SHA256_with_a_trusted_P256_key_is_valid_and_maps_as_one_degree()
    {
        var read = await Read(_signer.SignEcdsa(ElmoFixtures.Version2()), _signer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("ELMO 2.x", Check(read, VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Equal(ElmoSigner.EcKeyId, Check(read, VerificationCheck.EmbeddedProof).KeyId);
        Assert.Equal(CredentialKind.Degree, read.Credential!.Kind);
        Assert.Equal(180m, read.Credential.Workload!.Amount);
    }

    [Fact]
    public async Task The_trust_list_finds_the_institution_by_its_PIC_as_well()
    {
        var read = await Read(_signer.SignRsa(ElmoFixtures.Version2()), _signer.Trusted(issuerId: "pic:999888777"));

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("(pic:999888777)", Check(read, VerificationCheck.IssuerKeyTrusted).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_institution_on_no_trust_list_is_checked_for_integrity_with_the_KeyInfo_certificate_and_left_for_review()
    {
        var read = await Read(_signer.SignRsa(ElmoFixtures.Version2()));

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
        var key = Check(read, VerificationCheck.IssuerKeyTrusted);
        Assert.Equal(CheckResult.NeedsReview, key.Result);
        Assert.Equal("ISSUER_NOT_TRUSTED", key.FailureReason);
        Assert.Contains("no trusted key of schac:test.example.edu, pic:999888777; the key in KeyInfo", key.Detail, StringComparison.Ordinal);
        Assert.Contains("not trusted by itself", key.Detail, StringComparison.Ordinal);
        Assert.Equal(CheckResult.NotApplicable, Check(read, VerificationCheck.IssuerQualityAssurance).Result);
        Assert.NotNull(read.Credential);
        Assert.Equal("LV", read.IssuingCountry);
    }

    [Fact]
    public async Task An_unknown_institution_without_a_KeyInfo_certificate_is_not_verified_and_not_mapped()
    {
        var read = await Read(_signer.SignRsa(ElmoFixtures.Version2(), keyInfo: false));

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        Assert.Equal(CheckResult.NeedsReview, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Contains("Not verified: no trusted key of", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task For_a_trusted_institution_a_signature_by_a_key_only_in_KeyInfo_fails()
    {
        using var impostor = new ElmoSigner("CN=Test University EMREX, O=Test University, C=LV");

        var read = await Read(impostor.SignRsa(ElmoFixtures.Version2()), _signer.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        var proof = Check(read, VerificationCheck.EmbeddedProof);
        Assert.Equal(CheckResult.Failed, proof.Result);
        Assert.Equal("EMBEDDED_PROOF_INVALID", proof.FailureReason);
        Assert.Contains("a key in KeyInfo does not count for a trusted issuer", proof.Detail, StringComparison.Ordinal);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task A_grade_changed_after_signing_fails_the_signature_and_nothing_is_mapped()
    {
        var signed = _signer.SignRsa(ElmoFixtures.Version2());
        var tampered = ElmoSigner.Replace(signed, "<resultLabel>B</resultLabel>", "<resultLabel>A</resultLabel>");

        var trusted = await Read(tampered, _signer.Trusted());
        var untrusted = await Read(tampered);

        Assert.Equal(CheckResult.Failed, Check(trusted, VerificationCheck.EmbeddedProof).Result);
        Assert.Null(trusted.Credential);
        Assert.Equal(CheckResult.Failed, Check(untrusted, VerificationCheck.EmbeddedProof).Result);
        Assert.Contains("changed after signing", Check(untrusted, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Null(untrusted.Credential);
        Assert.Equal(VerificationVerdict.Invalid, untrusted.Verification.Verdict);
    }

    [Fact]
    public async Task A_KeyInfo_certificate_chaining_to_the_institutions_registered_root_is_its_key()
    {
        using var rootKey = RSA.Create(2048);
        var rootRequest = new CertificateRequest("CN=Test University Root CA", rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        using var root = rootRequest.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var leafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest("CN=Test University EMREX", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var leaf = leafRequest.Create(root, new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2039, 1, 1, 0, 0, 0, TimeSpan.Zero), [1, 2, 3, 4]);
        var signed = ElmoSigner.Sign(ElmoFixtures.Version2(), leafKey, System.Security.Cryptography.Xml.SignedXml.XmlDsigRSASHA256Url, leaf);

        var read = await Read(signed, _signer.Trusted(keys: [], roots: [root]));

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("chains to a root registered for Test University", Check(read, VerificationCheck.IssuerKeyTrusted).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_key_outside_its_window_at_the_generated_date_is_not_trusted()
    {
        var later = new TrustedIssuerKey(ElmoSigner.RsaKeyId, _signer.RsaKey.ExportSubjectPublicKeyInfo(), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), null, null);

        var read = await Read(_signer.SignRsa(ElmoFixtures.Version2()), _signer.Trusted(keys: [later]));

        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal("KEY_NOT_VALID", Check(read, VerificationCheck.IssuerKeyTrusted).FailureReason);
        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
    }

    [Fact]
    public async Task One_signature_over_reports_of_two_institutions_names_the_report_its_key_does_not_issue_for_review()
    {
        var read = await Read(_signer.SignRsa(ElmoFixtures.Version2(secondReportSchac: "partner.example.org")), _signer.Trusted());

        var key = Check(read, VerificationCheck.IssuerKeyTrusted);
        Assert.Equal(CheckResult.NeedsReview, key.Result);
        Assert.Contains("report 2 (Partner University (schac:partner.example.org))", key.Detail, StringComparison.Ordinal);
        Assert.Contains("issuer of report 1", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Equal(185m, read.Credential!.Workload!.Amount);
    }

    [Fact]
    public async Task The_EMREX_transport_form_base64_of_gzip_is_read()
    {
        var signed = _signer.SignRsa(ElmoFixtures.Version2());
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(signed);
        }

        var read = await Read(Encoding.ASCII.GetBytes(Convert.ToBase64String(buffer.ToArray())), _signer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("EMREX transport form", Check(read, VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_issued_after_the_document_was_generated_is_a_contradiction()
    {
        var document = ElmoFixtures.Version2();
        var text = ElmoSigner.Replace(ElmoSigner.Bytes(document), "<issueDate>2026-11-20T11:59:00+02:00</issueDate>", "<issueDate>2026-11-25T11:59:00+02:00</issueDate>");

        var read = await Read(_signer.SignRsa(ElmoSigner.Load(text)), _signer.Trusted());

        Assert.Equal("HEADER_MISMATCH", Check(read, VerificationCheck.HeaderConsistency).FailureReason);
        Assert.Contains("report 1 is issued", Check(read, VerificationCheck.HeaderConsistency).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Diploma_Supplement_signed_on_its_own_inside_the_transcript_is_tolerated_and_named_as_not_verified()
    {
        var document = ElmoFixtures.Version2();
        var instance = document.GetElementsByTagName("learningOpportunityInstance", Exchange.Hub.Credentials.Outside.Elmo.ElmoElements.Namespace)[0]!;
        var supplement = document.CreateElement("diplomaSupplement", Exchange.Hub.Credentials.Outside.Elmo.ElmoElements.Namespace);
        supplement.AppendChild(document.CreateElement("Signature", System.Security.Cryptography.Xml.SignedXml.XmlDsigNamespaceUrl));
        instance.AppendChild(supplement);

        var read = await Read(_signer.SignRsa(document), _signer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("1 Diploma Supplement signature inside it not verified separately", Check(read, VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
    }
}
