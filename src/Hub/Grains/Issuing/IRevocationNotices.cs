using Exchange.Hub.Grains.Registry;

namespace Exchange.Hub.Grains.Issuing;

/// <summary>
/// Tells every pinned peer hub that something this hub vouched for is no longer valid, through each peer's durable
/// outbox, so peers drop cached verifications instead of waiting for them to expire. Returns once the notices are
/// queued (stored), not delivered.
/// </summary>
public interface IRevocationNotices
{
    Task CredentialRevokedAsync(CredentialStatusView status);

    Task InstitutionKeyRevokedAsync(string institutionId, PublicSigningKey key);
}
