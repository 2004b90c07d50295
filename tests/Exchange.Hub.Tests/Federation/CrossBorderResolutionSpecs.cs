using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;

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
        Assert.Equal(CheckResult.NotApplicable, Check(report, VerificationCheckKind.InstitutionSignature).Result);
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

    private static VerificationCheck Check(VerificationReport report, VerificationCheckKind kind) => report.Checks.First(c => c.Kind == kind);

    private async Task<SharedCredentialRef> IssueAndShareOnUaAsync(string key)
    {
        var ua = hubs.Ua;
        var admin = new RegistryService.RegistryServiceClient(ua.CreateChannel(ua.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        var id = $"UA-XB-{key}".ToUpperInvariant();
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(id) });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = id, Key = new PublicKey { KeyId = id + "#1" }, GenerateCustodialKey = true, Activate = true });

        var issuer = new IssuingService.IssuingServiceClient(ua.CreateChannel(ua.Token(new HubTokenRequest("registrar", HubRoles.Institution, id))));
        var issued = await issuer.IssueCredentialAsync(Samples.IssueRequest(id, LearnerId, key));

        var learner = new IssuingService.IssuingServiceClient(ua.CreateChannel(ua.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: LearnerId))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
            RecipientHubId = "hub-kz",
        });
        return new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
    }

    private async Task<RecognitionCase> SubmitOnKzAndSettleAsync(string key, SharedCredentialRef reference)
    {
        var kz = hubs.Kz;
        var university = new RecognitionService.RecognitionServiceClient(kz.CreateChannel(kz.Token(new HubTokenRequest("admissions", HubRoles.Institution, KzUniversity))));
        var submitted = await university.SubmitRecognitionRequestAsync(CrossBorderRequests.Course(key, KzUniversity, reference));
        return await CrossBorderRequests.WaitAsync(university, submitted.CaseId,
            s => s is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile, () => kz.Output);
    }
}
