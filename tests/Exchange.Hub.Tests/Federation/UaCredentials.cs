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
        var (issued, reference) = await FederatedParties.IssueAsync(ua, id, Learner, key, recipientHubId);
        return new UaCredential(id, id + "#1", issued, reference, Learner);
    }

    public static RegistryService.RegistryServiceClient Admin(HubProcess ua) =>
        new(ua.CreateChannel(ua.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));

    public static IssuingService.IssuingServiceClient Issuer(HubProcess ua, string institutionId) =>
        new(ua.CreateChannel(ua.Token(new HubTokenRequest("registrar", HubRoles.Institution, institutionId))));

    public static IssuingService.IssuingServiceClient LearnerClient(HubProcess ua) =>
        new(ua.CreateChannel(ua.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: Learner))));
}
