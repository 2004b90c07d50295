using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// A credential issued and shared on the Ukrainian hub, presented for recognition to a Kazakh university on the
/// Kazakh hub: the KZ hub fetches it from the UA hub with the share code and verifies it against UA's pinned key.
/// </summary>
public sealed class CrossBorderResolutionSpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    private const string LearnerId = "L-UA-KZ-1";
    private const string KzUniversity = "KZ-UNIVERSITY-1";

    [Fact]
    public async Task A_credential_shared_on_the_UA_hub_is_resolved_by_the_KZ_hub_and_its_hub_attestation_passes()
    {
        var reference = await IssueAndShareOnUaAsync("xb-ok");

        var settled = await SubmitOnKzAndSettleAsync("xb-ok", reference);

        Assert.True(settled.Status is CaseStatus.Decided or CaseStatus.InReview,
            $"Case ended {settled.Status}: {string.Join("; ", settled.Journal.Select(j => j.Reason))}");
        var report = Assert.Single(settled.VerificationReports);
        Assert.Equal("hub-ua", report.IssuingHubId);
        Assert.Equal(VerificationVerdict.Valid, report.Verdict);
        Assert.Equal(CheckResult.Passed, Check(report, VerificationCheckKind.HubKeyTrusted).Result);
        Assert.Equal(CheckResult.Passed, Check(report, VerificationCheckKind.HubAttestation).Result);
        Assert.Equal(CheckResult.Passed, Check(report, VerificationCheckKind.Revocation).Result);
        Assert.Equal(CheckResult.Passed, Check(report, VerificationCheckKind.ShareGrant).Result);
        Assert.Equal(CheckResult.Passed, Check(report, VerificationCheckKind.InstitutionKeyValid).Result);
        Assert.Equal(CheckResult.Passed, Check(report, VerificationCheckKind.InstitutionSignature).Result);
        // The issuer has no QA status recorded at hub-ua: a warning, and the credential is still valid.
        Assert.Equal(CheckResult.Warning, Check(report, VerificationCheckKind.IssuerQualityAssurance).Result);
    }

    [Fact]
    public async Task The_KZ_hub_checks_the_issuers_quality_assurance_against_the_status_on_the_UA_hubs_signed_key_list()
    {
        var reference = await IssueAndShareOnUaAsync("xb-qa");
        var admin = new RegistryService.RegistryServiceClient(hubs.Ua.CreateChannel(hubs.Ua.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        await admin.RecordQualityAssuranceAsync(new RecordQualityAssuranceRequest
        {
            InstitutionId = "UA-XB-XB-QA",
            Status = new QualityAssuranceStatus
            {
                Agency = new OrganisationRef { OrganisationId = "UA-NAQA", Name = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "NAQA" } } } },
                Scope = QualityAssuranceType.ExternalInstitutional,
                Result = QualityAssuranceResult.Positive,
                DecidedAt = Timestamp.FromDateTime(DateTime.UtcNow.AddYears(-1)),
                ValidUntil = Timestamp.FromDateTime(DateTime.UtcNow.AddYears(4)),
            },
        });

        var settled = await SubmitOnKzAndSettleAsync("xb-qa", reference);

        var qa = Check(Assert.Single(settled.VerificationReports), VerificationCheckKind.IssuerQualityAssurance);
        Assert.Equal(CheckResult.Passed, qa.Result);
        Assert.Contains("NAQA, institutional accreditation, result positive", qa.Detail.EnglishText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_share_code_makes_the_KZ_case_credential_invalid_naming_the_share_code()
    {
        var reference = await IssueAndShareOnUaAsync("xb-wrong");
        reference.ShareCode = "not-the-code";

        var settled = await SubmitOnKzAndSettleAsync("xb-wrong", reference);

        Assert.Equal(CaseStatus.CredentialInvalid, settled.Status);
        var check = Check(Assert.Single(settled.VerificationReports), VerificationCheckKind.ShareGrant);
        Assert.Equal(CheckResult.Failed, check.Result);
        Assert.Equal("SHARE_CODE_INVALID", check.FailureReason);
    }

    [Fact]
    public async Task ResolveCredential_answers_the_envelope_as_stored_with_status_and_share_expiry()
    {
        var reference = await IssueAndShareOnUaAsync("xb-rpc");
        using var clients = hubs.KzCallingUa();

        var answer = await clients.CallAsync("hub-ua", async (c, o) => await c.ResolveCredentialAsync(
            new ResolveCredentialRequest { CredentialId = reference.CredentialId, ShareCode = reference.ShareCode, RequestingInstitutionId = KzUniversity }, o), CancellationToken.None);

        var stored = await UaIssuer("UA-XB-XB-RPC").GetCredentialAsync(new GetCredentialRequest { CredentialId = reference.CredentialId });
        Assert.Equal(stored.Envelope.HeaderBytes, answer.Envelope.HeaderBytes);
        Assert.Equal(stored.Envelope.Payload, answer.Envelope.Payload);
        Assert.Equal(CredentialStatus.Active, answer.RevocationStatus.Status);
        Assert.True(answer.ShareExpiresAt.ToDateTime() > DateTime.UtcNow.AddDays(6));
    }

    [Theory]
    [InlineData("", "code", StatusCode.InvalidArgument, null)]
    [InlineData("UA-CRED-0000000000000000dead", "code", StatusCode.NotFound, "CREDENTIAL_NOT_FOUND")]
    [InlineData(null, "wrong-code", StatusCode.PermissionDenied, "SHARE_CODE_INVALID")]
    public async Task ResolveCredential_refuses_with_the_documented_status_and_reason(string? credentialId, string shareCode, StatusCode expected, string? reason)
    {
        var reference = await IssueAndShareOnUaAsync("xb-refuse-" + expected.ToString().ToLowerInvariant());
        using var clients = hubs.KzCallingUa();

        var refusal = await Assert.ThrowsAsync<RpcException>(() => clients.CallAsync("hub-ua", async (c, o) => await c.ResolveCredentialAsync(
            new ResolveCredentialRequest { CredentialId = credentialId ?? reference.CredentialId, ShareCode = shareCode }, o), CancellationToken.None));

        Assert.Equal(expected, refusal.StatusCode);
        if (reason is null)
        {
            Assert.Contains(refusal.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "credential_id");
        }
        else
        {
            Assert.Equal(reason, refusal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        }
    }

    [Fact]
    public async Task A_share_limited_to_another_hub_is_refused_as_a_recipient_mismatch()
    {
        var reference = await IssueAndShareOnUaAsync("xb-other-hub", recipientHubId: "hub-lv");
        using var clients = hubs.KzCallingUa();

        var refusal = await Assert.ThrowsAsync<RpcException>(() => clients.CallAsync("hub-ua", async (c, o) => await c.ResolveCredentialAsync(
            new ResolveCredentialRequest { CredentialId = reference.CredentialId, ShareCode = reference.ShareCode }, o), CancellationToken.None));

        Assert.Equal(StatusCode.PermissionDenied, refusal.StatusCode);
        Assert.Equal("SHARE_RECIPIENT_MISMATCH", refusal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task The_KZ_hubs_public_VerifyCredential_verifies_a_UA_share_link_over_federation_in_the_usual_shape()
    {
        var reference = await IssueAndShareOnUaAsync("xb-public");
        var anonymous = new VerificationService.VerificationServiceClient(hubs.Kz.CreateChannel());

        var answer = await anonymous.VerifyCredentialAsync(new VerifyCredentialRequest { Shared = reference });

        Assert.Equal(VerificationVerdict.Valid, answer.Report.Verdict);
        Assert.Equal(("hub-ua", "hub-kz"), (answer.Report.IssuingHubId, answer.Report.VerifyingHubId));
        Assert.Equal(CheckResult.Passed, Check(answer.Report, VerificationCheckKind.HubAttestation).Result);
        Assert.Equal(CheckResult.Passed, Check(answer.Report, VerificationCheckKind.ShareGrant).Result);
        Assert.Equal(CredentialStatus.Active, answer.RevocationStatus.Status);
        Assert.Equal(reference.CredentialId, answer.Credential.CredentialId);
        Assert.Equal(LearnerId, answer.Credential.Learner.LearnerId);
    }

    [Fact]
    public async Task The_KZ_hubs_public_VerifyCredential_refuses_a_UA_link_the_grant_does_not_open_for_KZ_with_the_issuers_reason()
    {
        var forLatvia = await IssueAndShareOnUaAsync("xb-public-lv", recipientHubId: "hub-lv");
        var anonymous = new VerificationService.VerificationServiceClient(hubs.Kz.CreateChannel());

        var otherRecipient = await Assert.ThrowsAsync<RpcException>(() => anonymous.VerifyCredentialAsync(new VerifyCredentialRequest { Shared = forLatvia }).ResponseAsync);
        var wrongCode = await Assert.ThrowsAsync<RpcException>(() => anonymous.VerifyCredentialAsync(
            new VerifyCredentialRequest { Shared = new SharedCredentialRef(forLatvia) { ShareCode = "not-the-code-of-any-grant-at-all" } }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => anonymous.VerifyCredentialAsync(
            new VerifyCredentialRequest { Shared = new SharedCredentialRef(forLatvia) { CredentialId = "UA-CRED-0000000000000000dead" } }).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, "SHARE_RECIPIENT_MISMATCH"), (otherRecipient.StatusCode, otherRecipient.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason));
        Assert.Equal((StatusCode.PermissionDenied, "SHARE_CODE_INVALID"), (wrongCode.StatusCode, wrongCode.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason));
        Assert.Equal((StatusCode.NotFound, "CREDENTIAL_NOT_FOUND"), (unknown.StatusCode, unknown.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason));
    }

    [Fact]
    public async Task GetRevocationStatus_answers_one_status_per_id_and_refuses_an_empty_list()
    {
        var reference = await IssueAndShareOnUaAsync("xb-status");
        using var clients = hubs.KzCallingUa();

        var answer = await clients.CallAsync("hub-ua", async (c, o) => await c.GetRevocationStatusAsync(
            new PeerRevocationStatusRequest { CredentialIds = { reference.CredentialId, "UA-CRED-0000000000000000dead" } }, o), CancellationToken.None);
        var refusal = await Assert.ThrowsAsync<RpcException>(() => clients.CallAsync("hub-ua", async (c, o) => await c.GetRevocationStatusAsync(
            new PeerRevocationStatusRequest(), o), CancellationToken.None));

        Assert.Equal([CredentialStatus.Active, CredentialStatus.Unspecified], answer.Statuses.Select(s => s.Status));
        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Contains(refusal.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "credential_ids");
    }

    private IssuingService.IssuingServiceClient UaIssuer(string institutionId) =>
        new(hubs.Ua.CreateChannel(hubs.Ua.Token(new HubTokenRequest("registrar", HubRoles.Institution, institutionId))));

    private static VerificationCheck Check(VerificationReport report, VerificationCheckKind kind) => report.Checks.First(c => c.Kind == kind);

    private async Task<SharedCredentialRef> IssueAndShareOnUaAsync(string key, string recipientHubId = "hub-kz") =>
        (await FederatedParties.IssueAsync(hubs.Ua, $"UA-XB-{key}".ToUpperInvariant(), LearnerId, key, recipientHubId)).Reference;

    private async Task<RecognitionCase> SubmitOnKzAndSettleAsync(string key, SharedCredentialRef reference)
    {
        var kz = hubs.Kz;
        var university = new RecognitionService.RecognitionServiceClient(kz.CreateChannel(kz.Token(new HubTokenRequest("admissions", HubRoles.Institution, KzUniversity))));
        var submitted = await university.SubmitRecognitionRequestAsync(CrossBorderRequests.Course(key, KzUniversity, reference));
        return await CrossBorderRequests.WaitAsync(university, submitted.CaseId,
            s => s is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile, () => kz.Output);
    }
}
