using Exchange.Hub.Credentials;
using Exchange.Hub.Federation.Revocation;
using Exchange.Hub.Grains.Issuing;

namespace Exchange.Hub.Federation.Institutions;

/// <summary>Wiring of cross-border trust: institution key lists (published and cached), the verification cache and
/// revocation notices.</summary>
internal static class TrustRegistration
{
    public static IServiceCollection AddFederatedTrust(this IServiceCollection services)
    {
        services.AddSingleton<InstitutionKeyListPublisher>();
        services.AddSingleton<PeerInstitutionKeyCache>();
        services.AddSingleton<VerificationCache>();
        services.AddSingleton<RevocationNoticeEffects>();
        services.AddSingleton<IRevocationNotices, OutboxRevocationNotices>();
        return services;
    }
}
