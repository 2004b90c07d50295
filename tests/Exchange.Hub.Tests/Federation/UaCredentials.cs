using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Federation;

/// <summary>An institution of the UA hub with a custodial key, one credential it issued, and the learner's share of it.</summary>
internal sealed record UaCredential(string InstitutionId, string KeyId, IssuedCredential Issued, SharedCredentialRef Reference, string LearnerId)
{
    public const string Learner = "L-UA-TRUST-1";

    public static async Task<UaCredential> IssueAndShareAsync(HubProcess ua, string key, string recipientHubId = "hub-kz")
    {
        var id = $"UA-TR-{key}".ToUpperInvariant();
        await Admin(ua).CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(id) });
        await Admin(ua).AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = id, Key = new PublicKey { KeyId = id + "#1" }, GenerateCustodialKey = true, Activate = true });
        var issued = await Issuer(ua, id).IssueCredentialAsync(Samples.IssueRequest(id, Learner, key));
        var grant = await LearnerClient(ua).CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
            RecipientHubId = recipientHubId,
        });
        var reference = new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
        return new UaCredential(id, id + "#1", issued, reference, Learner);
    }

    public static RegistryService.RegistryServiceClient Admin(HubProcess ua) =>
        new(ua.CreateChannel(ua.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));

    public static IssuingService.IssuingServiceClient Issuer(HubProcess ua, string institutionId) =>
        new(ua.CreateChannel(ua.Token(new HubTokenRequest("registrar", HubRoles.Institution, institutionId))));

    public static IssuingService.IssuingServiceClient LearnerClient(HubProcess ua) =>
        new(ua.CreateChannel(ua.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: Learner))));
}
