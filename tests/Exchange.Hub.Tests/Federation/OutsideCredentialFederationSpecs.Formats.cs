using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Outside.DataIntegrity;
using Exchange.Hub.Tests.Outside.Elm;
using Exchange.Hub.Tests.Outside.Elmo;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// The other outside formats across the federation, over the same two real hubs: the issuer on hub-ua's trust list
/// under the id its format names it by (a Data Integrity badge's https issuer with its Ed25519 key as a JWK; an EDC
/// sealer's URN with its certificate root; an ELMO report's <c>schac:</c> code with the data provider's RSA key), a
/// university of hub-kz submitting the document as it came, the key trusted at hub-kz through hub-ua's signed
/// institution list and the case assessed with the checks named; the same document of an issuer no hub lists referred
/// to an officer; and the anonymous checks (REST and the /check/file page) telling the format from the bytes.
/// </summary>
public sealed partial class OutsideCredentialFederationSpecs
{
    private static string NewUrn() => $"urn:epass:org:{Guid.NewGuid():N}";

    private static string NewSchacId() => $"schac:u{Guid.NewGuid().ToString("N")[..10]}.example.lv";

    /// <summary>An outside issuer on hub-ua's registry under <paramref name="issuerId"/>, with its keys and roots.</summary>
    private async Task<string> RegisterOutsideIssuerAtUaAsync(string issuerId, IEnumerable<PublicKey> keys, params byte[][] roots)
    {
        var institutionId = "UA-OI-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var institution = Samples.Institution(institutionId);
        institution.OutsideIssuerIds.Add(issuerId);
        institution.CertificateRoots.AddRange(roots.Select(ByteString.CopyFrom));
        var admin = Admin(hubs.Ua);
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = institution });
        foreach (var key in keys)
        {
            await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = institutionId, Key = key, Activate = true });
        }

        return institutionId;
    }

    private async Task<RecognitionCase> SubmitAtKzAsync(string key, ContentType format, byte[] document)
    {
        var university = FederatedParties.University(hubs.Kz, KzUniversity);
        var request = CrossBorderRequests.Course(key, KzUniversity, new SharedCredentialRef());
        request.Request.Credentials[0] = new CredentialSource { Outside = new OutsideCredential { Format = format, Document = ByteString.CopyFrom(document) } };
        var submitted = await university.SubmitRecognitionRequestAsync(request);
        return await CrossBorderRequests.WaitAsync(university, submitted.CaseId, FederatedParties.Settled, () => hubs.Kz.Output);
    }

    private static async Task<JsonElement> VerifyOverRestAsync(HubProcess hub, string format, byte[] document)
    {
        using var http = hub.CreateHttpClient();
        var body = new JsonObject { ["outside"] = new JsonObject { ["format"] = format, ["document"] = Convert.ToBase64String(document) } };
        using var response = await http.PostAsync("/v1/verify", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Waits until hub-kz trusts the issuer hub-ua lists (its signed institution list is fetched on a miss).</summary>
    private async Task<JsonElement> TrustedAtKzAsync(string format, byte[] document, string what)
    {
        JsonElement verified = default;
        await Eventually.True(async () =>
        {
            verified = await VerifyOverRestAsync(hubs.Kz, format, document);
            return ResultOf(verified, "VERIFICATION_CHECK_KIND_ISSUER_KEY_TRUSTED") == "CHECK_RESULT_PASSED";
        }, TimeSpan.FromSeconds(30), $"hub-kz never trusted the {what} hub-ua lists.");
        return verified;
    }

    /// <summary>A case of a trusted outside document: verified, its issuer's key trusted through hub-ua, assessed
    /// by the rules (decided or with an officer for the assessment, never refused or stopped at the file).</summary>
    private static void AssertAssessed(RecognitionCase settled)
    {
        var report = Assert.Single(settled.VerificationReports);
        Assert.NotEqual(VerificationVerdict.Invalid, report.Verdict);
        Assert.Equal(CheckResult.Passed, report.Checks.Single(c => c.Kind == VerificationCheckKind.EmbeddedProof).Result);
        var trusted = report.Checks.Single(c => c.Kind == VerificationCheckKind.IssuerKeyTrusted);
        Assert.Equal(CheckResult.Passed, trusted.Result);
        Assert.Contains("hub-ua", trusted.Detail.EnglishText, StringComparison.Ordinal);
        Assert.All(report.Checks, c => Assert.False(string.IsNullOrEmpty(c.Detail.EnglishText), $"{c.Kind} has no words."));
        Assert.DoesNotContain(settled.Journal, j => j.Reason.EnglishText.Contains("ISSUER_NOT_TRUSTED", StringComparison.Ordinal));
        Assert.True(settled.Status is CaseStatus.Decided or CaseStatus.InReview,
            $"Case {settled.CaseId} is {settled.Status}: {string.Join(" | ", settled.Journal.Select(j => j.Reason.EnglishText))}");
    }

    /// <summary>A case of a document whose issuer no hub lists: its integrity checked, the issuer left to an officer.</summary>
    private static void AssertReferredAsUntrusted(RecognitionCase settled)
    {
        Assert.True(settled.Status == CaseStatus.InReview,
            $"Case {settled.CaseId} is {settled.Status}: {string.Join(" | ", settled.Journal.Select(j => j.Reason.EnglishText))}");
        var report = Assert.Single(settled.VerificationReports);
        Assert.Equal(VerificationVerdict.NeedsReview, report.Verdict);
        Assert.Equal((CheckResult.NeedsReview, "ISSUER_NOT_TRUSTED"),
            report.Checks.Where(c => c.Kind == VerificationCheckKind.IssuerKeyTrusted).Select(c => (c.Result, c.FailureReason)).Single());
        var referral = settled.Journal.Last();
        Assert.Equal(("referred", CaseStatus.InReview), (referral.Event, referral.ToStatus));
        Assert.Null(settled.Decision);
    }

    /// <summary>The anonymous /check/file page at hub-kz, the document pasted as text, as a holder would.</summary>
    private async Task<WebPage> CheckFileAtKzAsync(string text)
    {
        using var visitor = new WebSession(hubs.Kz);
        var form = await visitor.GetAsync("/check/file");
        return await visitor.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = text });
    }

    /// <summary>A course badge (as the VC-JWT specs' one) with an eddsa-rdfc-2022 proof by <paramref name="issuer"/>;
    /// its credit system under Exchange's term written as a full IRI, which JSON-LD keeps without a context for it.</summary>
    private static byte[] SignedDataIntegrityBadge(DataIntegrityIssuer issuer)
    {
        var badge = issuer.Badge();
        var achievement = badge["credentialSubject"]!["achievement"]!;
        achievement["achievementType"] = "Course";
        achievement["https://exchange.example/terms#creditSystem"] = "http://data.europa.eu/snb/education-credit/6fcec5c5af";
        return Encoding.UTF8.GetBytes(issuer.Sign(badge).ToJsonString());
    }

    [Fact]
    public async Task A_data_integrity_badge_of_an_issuer_whose_ed25519_key_hub_ua_lists_is_assessed_at_hub_kz()
    {
        using var issuer = new DataIntegrityIssuer(NewIssuerId());
        var jwk = new JsonObject { ["kty"] = "OKP", ["crv"] = "Ed25519", ["x"] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(issuer.PublicKey) };
        var institutionId = await RegisterOutsideIssuerAtUaAsync(issuer.IssuerId, [new PublicKey { KeyId = "di-ed25519", Jwk = jwk.ToJsonString() }]);
        var listed = await Admin(hubs.Ua).ListSigningKeysAsync(new ListSigningKeysRequest { InstitutionId = institutionId });
        Assert.Equal(SignatureAlgorithm.Eddsa, Assert.Single(listed.Keys).Algorithm);
        var badge = SignedDataIntegrityBadge(issuer);

        var verified = await TrustedAtKzAsync("CONTENT_TYPE_VC_JSON_LD", badge, "Ed25519 key");
        Assert.Equal("VERIFICATION_VERDICT_VALID", verified.GetProperty("report").GetProperty("verdict").GetString());
        Assert.Equal("CHECK_RESULT_PASSED", ResultOf(verified, "VERIFICATION_CHECK_KIND_EMBEDDED_PROOF"));

        AssertAssessed(await SubmitAtKzAsync("di-trusted-" + Guid.NewGuid().ToString("N")[..8], ContentType.VcJsonLd, badge));
    }

    [Fact]
    public async Task A_data_integrity_badge_signed_by_a_did_key_no_hub_lists_is_referred_to_an_officer()
    {
        using var issuer = new DataIntegrityIssuer(issuerId: null);
        var badge = SignedDataIntegrityBadge(issuer);

        AssertReferredAsUntrusted(await SubmitAtKzAsync("di-untrusted-" + Guid.NewGuid().ToString("N")[..8], ContentType.VcJsonLd, badge));

        var page = await CheckFileAtKzAsync(Encoding.UTF8.GetString(badge));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var html = WebUtility.HtmlDecode(page.Html);
        Assert.Contains("data-check=\"EmbeddedProof\" data-state=\"Passed\"", html, StringComparison.Ordinal);
        Assert.Contains("data-check=\"IssuerKeyTrusted\" data-state=\"NeedsJudgement\"", html, StringComparison.Ordinal);
    }

    /// <summary>An EDC of a course passed (a partial qualification, so the EU micro-credential elements an EDC may
    /// leave out do not apply; its grade on the Latvian 10-point scale) whose sealer is <paramref name="issuerId"/>, sealed with JAdES by
    /// <paramref name="sealer"/> (RS256, unencoded payload, the certificate chain in x5c).</summary>
    private static byte[] SealedEdc(TestSealer sealer, string issuerId)
    {
        var credential = EdcDocuments.Fuller();
        credential["issuer"]!["id"] = issuerId;
        var claim = credential["credentialSubject"]!["hasClaim"]!;
        claim["specifiedBy"]!["isPartialQualification"] = true;
        claim["provenBy"]!["specifiedBy"] = new JsonObject
        {
            ["id"] = "urn:epass:learningAssessmentSpec:exam",
            ["type"] = "LearningAssessmentSpecification",
            ["gradingScheme"] = new JsonObject { ["id"] = "urn:epass:gradingScheme:lv-10", ["type"] = "GradingScheme", ["notation"] = "LV-10" },
        };
        return Encoding.UTF8.GetBytes(sealer.Seal(credential));
    }

    [Fact]
    public async Task A_sealed_edc_whose_sealer_is_on_hub_uas_trust_list_with_its_certificate_root_is_assessed_at_hub_kz()
    {
        using var sealer = TestSealer.Rsa();
        var urn = NewUrn();
        await RegisterOutsideIssuerAtUaAsync(urn, [], sealer.Root.RawData);
        var edc = SealedEdc(sealer, urn);

        var verified = await TrustedAtKzAsync("CONTENT_TYPE_ELM_JADES", edc, "EDC sealer's certificate root");
        Assert.Equal("CHECK_RESULT_PASSED", ResultOf(verified, "VERIFICATION_CHECK_KIND_EMBEDDED_PROOF"));
        var keyCheck = verified.GetProperty("report").GetProperty("checks").EnumerateArray()
            .First(c => c.GetProperty("kind").GetString() == "VERIFICATION_CHECK_KIND_ISSUER_KEY_TRUSTED");
        Assert.Contains("qualified status", keyCheck.GetProperty("detail").GetProperty("englishText").GetString(), StringComparison.Ordinal);

        AssertAssessed(await SubmitAtKzAsync("edc-trusted-" + Guid.NewGuid().ToString("N")[..8], ContentType.ElmJades, edc));
    }

    [Fact]
    public async Task A_sealed_edc_whose_sealer_no_hub_lists_is_referred_to_an_officer()
    {
        using var sealer = TestSealer.Rsa();
        var edc = SealedEdc(sealer, NewUrn());

        AssertReferredAsUntrusted(await SubmitAtKzAsync("edc-untrusted-" + Guid.NewGuid().ToString("N")[..8], ContentType.ElmJades, edc));

        var page = await CheckFileAtKzAsync(Encoding.UTF8.GetString(edc));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var html = WebUtility.HtmlDecode(page.Html);
        Assert.Contains("data-trusted=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("data-check=\"IssuerKeyTrusted\" data-state=\"NeedsJudgement\"", html, StringComparison.Ordinal);
        Assert.Contains("qualified status", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_elmo_transcript_of_a_schac_issuer_on_hub_uas_trust_list_is_assessed_at_hub_kz()
    {
        using var provider = new ElmoSigner();
        var schac = NewSchacId();
        await RegisterOutsideIssuerAtUaAsync(schac,
            [new PublicKey { KeyId = ElmoSigner.RsaKeyId, SpkiDer = ByteString.CopyFrom(provider.RsaKey.ExportSubjectPublicKeyInfo()) }]);
        var transcript = provider.SignRsa(ElmoFixtures.Version2(schac: schac["schac:".Length..]));

        var verified = await TrustedAtKzAsync("CONTENT_TYPE_EMREX_ELMO_XMLDSIG", transcript, "ELMO data provider's key");
        Assert.Equal("CHECK_RESULT_PASSED", ResultOf(verified, "VERIFICATION_CHECK_KIND_EMBEDDED_PROOF"));
        Assert.False(verified.GetProperty("credential").TryGetProperty("learner", out _));

        AssertAssessed(await SubmitAtKzAsync("elmo-trusted-" + Guid.NewGuid().ToString("N")[..8], ContentType.EmrexElmoXmldsig, transcript));

        var page = await CheckFileAtKzAsync(Encoding.UTF8.GetString(transcript));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var html = WebUtility.HtmlDecode(page.Html);
        Assert.Contains("data-trusted=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("On the trust list of hub hub-ua", html, StringComparison.Ordinal);
        Assert.Contains(schac, html, StringComparison.Ordinal);
        Assert.Contains("data-check=\"EmbeddedProof\" data-state=\"Passed\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_elmo_transcript_whose_issuer_no_hub_lists_is_referred_to_an_officer()
    {
        using var provider = new ElmoSigner();
        var transcript = provider.SignRsa(ElmoFixtures.Version2(schac: NewSchacId()["schac:".Length..]));

        AssertReferredAsUntrusted(await SubmitAtKzAsync("elmo-untrusted-" + Guid.NewGuid().ToString("N")[..8], ContentType.EmrexElmoXmldsig, transcript));

        var verified = await VerifyOverRestAsync(hubs.Kz, "CONTENT_TYPE_EMREX_ELMO_XMLDSIG", transcript);
        Assert.Equal("VERIFICATION_VERDICT_NEEDS_REVIEW", verified.GetProperty("report").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_file_of_no_format_the_hub_reads_is_refused_on_the_check_page_by_its_field()
    {
        var page = await CheckFileAtKzAsync("%PDF-1.7 a scanned diploma");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("This is not a credential file this hub reads", WebUtility.HtmlDecode(page.Html), StringComparison.Ordinal);
        Assert.Contains("%PDF-1.7 a scanned diploma", page.Html, StringComparison.Ordinal);
    }
}
