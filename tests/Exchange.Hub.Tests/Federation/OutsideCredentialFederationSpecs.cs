using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Outside;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf;
using Grpc.Core;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// A badge issued outside the federation, end to end over two real hubs: its issuer registered on hub-ua's trust list
/// (through the registry API, with an ES256 JWK), a university of hub-kz submitting the badge as an outside document,
/// the key trusted at hub-kz through hub-ua's signed institution list; the same kind of badge whose key travels only in
/// its jwk header referred to an officer; and the anonymous verification over REST.
/// </summary>
public sealed partial class OutsideCredentialFederationSpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    private const string KzUniversity = "KZ-UNIVERSITY-OB";

    private static string NewIssuerId() => $"https://badges-{Guid.NewGuid().ToString("N")[..12]}.example/issuer";

    /// <summary>An outside issuer on hub-ua's registry: an institution with the issuer id and the issuer's ES256 key as a JWK.</summary>
    private async Task<string> RegisterAtUaAsync(OutsideIssuerKeys issuer)
    {
        var institutionId = "UA-OB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var institution = Samples.Institution(institutionId);
        institution.OutsideIssuerIds.Add(issuer.IssuerId);
        var admin = Admin(hubs.Ua);
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = institution });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest
        {
            InstitutionId = institutionId,
            Key = new PublicKey { KeyId = OutsideIssuerKeys.EcKeyId, Jwk = issuer.EcJwk().ToJsonString() },
            Activate = true,
        });
        return institutionId;
    }

    private static RegistryService.RegistryServiceClient Admin(HubProcess hub) =>
        new(hub.CreateChannel(hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));

    /// <summary>A course badge (the EU micro-credential elements an Open Badge cannot state do not apply to it), so the
    /// case gets past the file's completeness to verification and assessment.</summary>
    private static JsonObject Badge(string issuerId)
    {
        var badge = OutsideDocuments.Badge(issuerId);
        badge["credentialSubject"]!["achievement"]!["achievementType"] = "Course";
        return OutsideDocuments.Ob3Payload(badge);
    }

    private async Task<RecognitionCase> SubmitAtKzAsync(string key, string document)
    {
        var university = FederatedParties.University(hubs.Kz, KzUniversity);
        var request = CrossBorderRequests.Course(key, KzUniversity, new SharedCredentialRef());
        request.Request.Credentials[0] = new CredentialSource
        {
            Outside = new OutsideCredential { Format = ContentType.VcJwt, Document = ByteString.CopyFromUtf8(document) },
        };
        var submitted = await university.SubmitRecognitionRequestAsync(request);
        return await CrossBorderRequests.WaitAsync(university, submitted.CaseId, FederatedParties.Settled, () => hubs.Kz.Output);
    }

    /// <summary>POST /v1/verify with the document as an outside credential, as any verifier would call it.</summary>
    private static async Task<JsonElement> VerifyOverRestAsync(HubProcess hub, string document)
    {
        using var http = hub.CreateHttpClient();
        var body = new JsonObject { ["outside"] = new JsonObject { ["format"] = "CONTENT_TYPE_VC_JWT", ["document"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(document)) } };
        using var response = await http.PostAsync("/v1/verify", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string ResultOf(JsonElement verified, string kind) =>
        verified.GetProperty("report").GetProperty("checks").EnumerateArray()
            .First(c => c.GetProperty("kind").GetString() == kind).GetProperty("result").GetString()!;

    [Fact]
    public async Task A_badge_of_an_issuer_on_hub_uas_trust_list_is_trusted_at_hub_kz_and_assessed_by_the_rules()
    {
        using var issuer = new OutsideIssuerKeys(NewIssuerId());
        await RegisterAtUaAsync(issuer);
        var badge = issuer.SignEs256(Badge(issuer.IssuerId));

        // hub-kz learns the issuer from hub-ua's signed institution list; the anonymous check over REST says so.
        JsonElement verified = default;
        await Eventually.True(async () =>
        {
            verified = await VerifyOverRestAsync(hubs.Kz, badge);
            return ResultOf(verified, "VERIFICATION_CHECK_KIND_ISSUER_KEY_TRUSTED") == "CHECK_RESULT_PASSED";
        }, TimeSpan.FromSeconds(30), "hub-kz never trusted the key hub-ua lists for the issuer.");
        Assert.Equal("VERIFICATION_VERDICT_VALID", verified.GetProperty("report").GetProperty("verdict").GetString());
        Assert.Equal("CHECK_RESULT_PASSED", ResultOf(verified, "VERIFICATION_CHECK_KIND_EMBEDDED_PROOF"));
        Assert.False(verified.GetProperty("credential").TryGetProperty("learner", out _));

        var settled = await SubmitAtKzAsync("ob-trusted-" + Guid.NewGuid().ToString("N")[..8], badge);

        var report = Assert.Single(settled.VerificationReports);
        Assert.Equal(VerificationVerdict.Valid, report.Verdict);
        var trusted = report.Checks.Single(c => c.Kind == VerificationCheckKind.IssuerKeyTrusted);
        Assert.Equal(CheckResult.Passed, trusted.Result);
        Assert.Contains("hub-ua", trusted.Detail.EnglishText, StringComparison.Ordinal);
        Assert.DoesNotContain(settled.Journal, j => j.Reason.EnglishText.Contains("ISSUER_NOT_TRUSTED", StringComparison.Ordinal));
        Assert.Contains(settled.Status, new[] { CaseStatus.Decided, CaseStatus.InReview });
    }

    [Fact]
    public async Task A_badge_whose_key_comes_only_in_its_jwk_header_is_referred_to_an_officer_as_issuer_not_trusted()
    {
        using var issuer = new OutsideIssuerKeys(NewIssuerId());
        var header = new JsonObject { ["alg"] = "ES256", ["jwk"] = issuer.EcJwk() };
        var badge = OutsideIssuerKeys.Sign(Badge(issuer.IssuerId), header,
            input => issuer.EcKey.SignData(input, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        var settled = await SubmitAtKzAsync("ob-untrusted-" + Guid.NewGuid().ToString("N")[..8], badge);

        Assert.Equal(CaseStatus.InReview, settled.Status);
        var report = Assert.Single(settled.VerificationReports);
        Assert.Equal(VerificationVerdict.NeedsReview, report.Verdict);
        Assert.Equal(CheckResult.Passed, report.Checks.Single(c => c.Kind == VerificationCheckKind.EmbeddedProof).Result);
        Assert.Equal((CheckResult.NeedsReview, "ISSUER_NOT_TRUSTED"),
            report.Checks.Where(c => c.Kind == VerificationCheckKind.IssuerKeyTrusted).Select(c => (c.Result, c.FailureReason)).Single());
        var referral = settled.Journal.Last();
        Assert.Equal(("referred", CaseStatus.InReview), (referral.Event, referral.ToStatus));
        Assert.Contains("ISSUER_NOT_TRUSTED", referral.Reason.EnglishText, StringComparison.Ordinal);
        Assert.Null(settled.Decision);

        var verified = await VerifyOverRestAsync(hubs.Kz, badge);
        Assert.Equal("VERIFICATION_VERDICT_NEEDS_REVIEW", verified.GetProperty("report").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task An_issuer_added_through_the_update_mask_with_an_rsa_key_is_trusted_for_its_rs256_badges()
    {
        using var issuer = new OutsideIssuerKeys(NewIssuerId());
        var admin = Admin(hubs.Ua);
        var institutionId = "UA-OB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(institutionId) });
        var leaf = new Institution { InstitutionId = institutionId, CertificateRoots = { ByteString.CopyFrom(TrustListSamples.LeafCertificate()) } };
        var notACa = await Assert.ThrowsAsync<RpcException>(async () => await admin.UpdateInstitutionAsync(new UpdateInstitutionRequest
        {
            Institution = leaf, UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "certificate_roots" } },
        }));
        Assert.Equal(StatusCode.InvalidArgument, notACa.StatusCode);

        var updated = await admin.UpdateInstitutionAsync(new UpdateInstitutionRequest
        {
            Institution = new Institution { InstitutionId = institutionId, OutsideIssuerIds = { issuer.IssuerId }, CertificateRoots = { ByteString.CopyFrom(TrustListSamples.CaCertificate()) } },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "outside_issuer_ids", "certificate_roots" } },
        });
        var rsaKey = await admin.AddSigningKeyAsync(new AddSigningKeyRequest
        {
            InstitutionId = institutionId,
            Key = new PublicKey { KeyId = OutsideIssuerKeys.RsaKeyId, Jwk = TrustListSamples.RsaJwk(issuer.RsaKey) },
            Activate = true,
        });

        Assert.Equal([issuer.IssuerId], updated.OutsideIssuerIds);
        Assert.Single(updated.CertificateRoots);
        Assert.Equal(SignatureAlgorithm.Rs256, rsaKey.Algorithm);
        var badge = issuer.SignRs256(Badge(issuer.IssuerId));
        await Eventually.True(async () =>
            ResultOf(await VerifyOverRestAsync(hubs.Kz, badge), "VERIFICATION_CHECK_KIND_ISSUER_KEY_TRUSTED") == "CHECK_RESULT_PASSED",
            TimeSpan.FromSeconds(30), "hub-kz never trusted the RSA key hub-ua lists for the issuer.");
    }

    [Fact]
    public async Task An_outside_issuer_id_belongs_to_one_institution_of_a_hub()
    {
        using var issuer = new OutsideIssuerKeys(NewIssuerId());
        await RegisterAtUaAsync(issuer);
        var second = Samples.Institution("UA-OB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());
        second.OutsideIssuerIds.Add(issuer.IssuerId);

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await Admin(hubs.Ua).CreateInstitutionAsync(new CreateInstitutionRequest { Institution = second }));

        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Contains(issuer.IssuerId, refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verification_request_naming_a_format_this_hub_does_not_read_is_refused_by_its_field()
    {
        using var http = hubs.Kz.CreateHttpClient();
        var body = new JsonObject { ["outside"] = new JsonObject { ["format"] = "CONTENT_TYPE_EXCHANGE_CREDENTIAL", ["document"] = Convert.ToBase64String("<elmo/>"u8.ToArray()) } };

        using var response = await http.PostAsync("/v1/verify", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var refusal = await response.Content.ReadAsStringAsync();
        Assert.Contains("outside.format", refusal, StringComparison.Ordinal);
        Assert.Contains("CONTENT_TYPE_EMREX_ELMO_XMLDSIG", refusal, StringComparison.Ordinal);
    }
}
