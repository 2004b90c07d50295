using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Exchange.Hub.Web.Sharing;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Federation;

/// <summary>The people of a cross-border case, each acting on their own hub through its local API: the issuing
/// institution and its learner, the requesting university, the recognition officer.</summary>
internal static class FederatedParties
{
    /// <summary>A new institution on <paramref name="hub"/> with a custodial key issues a credential to
    /// <paramref name="learnerId"/>, who shares it with <paramref name="recipientHubId"/>.</summary>
    public static async Task<SharedCredentialRef> IssueAndShareAsync(
        HubProcess hub, string key, string learnerId, string recipientHubId, DateTime? shareExpiresAt = null) =>
        (await IssueAsync(hub, $"{hub.Settings.Country}-XB-{key}".ToUpperInvariant(), learnerId, key, recipientHubId, shareExpiresAt)).Reference;

    /// <summary>As <see cref="IssueAndShareAsync"/>, for an institution id of the caller's choosing (key id
    /// <c>institutionId#1</c>), answering the issued credential too.</summary>
    public static async Task<(IssuedCredential Issued, SharedCredentialRef Reference)> IssueAsync(
        HubProcess hub, string institutionId, string learnerId, string key, string recipientHubId, DateTime? shareExpiresAt = null)
    {
        var admin = new RegistryService.RegistryServiceClient(hub.CreateChannel(hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(institutionId) });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest
        {
            InstitutionId = institutionId, Key = new PublicKey { KeyId = institutionId + "#1" }, GenerateCustodialKey = true, Activate = true,
        });

        var issuer = new IssuingService.IssuingServiceClient(hub.CreateChannel(hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, institutionId))));
        var issued = await issuer.IssueCredentialAsync(Samples.IssueRequest(institutionId, learnerId, key));

        var grant = await Learner(hub, learnerId).CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(shareExpiresAt ?? DateTime.UtcNow.AddDays(7)),
            RecipientHubId = recipientHubId,
        });
        // What the learner hands over is the link; the university's side reads the reference from it.
        return ShareLink.TryParse(grant.ShareUrl, out var link)
            ? (issued, link.ToReference())
            : throw new InvalidOperationException($"The hub answered a share link that is not one: {grant.ShareUrl}");
    }

    public static IssuingService.IssuingServiceClient Learner(HubProcess hub, string learnerId) =>
        new(hub.CreateChannel(hub.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: learnerId))));

    public static RecognitionService.RecognitionServiceClient University(HubProcess hub, string universityId) =>
        new(hub.CreateChannel(hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, universityId))));

    public static ReviewService.ReviewServiceClient Officer(HubProcess hub, string officerId) =>
        new(hub.CreateChannel(hub.Token(new HubTokenRequest(officerId, HubRoles.Officer))));

    /// <summary>A university on <paramref name="hub"/> asks for recognition of the shared credential for a course
    /// of <paramref name="ectsRequired"/> ECTS at EQF 6 and waits until the case settles.</summary>
    public static async Task<RecognitionCase> RequestRecognitionAsync(
        HubProcess hub, string universityId, string key, SharedCredentialRef reference, string ectsRequired = "5")
    {
        var university = University(hub, universityId);
        var request = CrossBorderRequests.Course(key, universityId, reference);
        request.Request.Target.Requirements.Workload.Amount = ectsRequired;
        var submitted = await university.SubmitRecognitionRequestAsync(request);
        return await CrossBorderRequests.WaitAsync(university, submitted.CaseId, Settled, () => hub.Output);
    }

    public static bool Settled(CaseStatus status) =>
        status is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile;

    public static VerificationCheck Check(RecognitionCase settled, VerificationCheckKind kind) =>
        Assert.Single(settled.VerificationReports).Checks.First(c => c.Kind == kind);

    public static MultilingualText Text(string english) => new() { Values = { new LocalizedText { Language = "en", Text = english } } };
}
