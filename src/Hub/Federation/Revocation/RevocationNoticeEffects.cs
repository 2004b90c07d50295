using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Federation.Institutions;

namespace Exchange.Hub.Federation.Revocation;

/// <summary>
/// What a revocation notice from a peer changes here, once the inbox has stored it: the named credentials' cached
/// verifications are dropped, and if institution keys were revoked the peer's key list is fetched again and every
/// cached verification of its credentials is dropped (any of them may rest on a revoked key). The next use
/// re-verifies at the issuing hub and sees the revocation.
/// </summary>
public sealed class RevocationNoticeEffects(VerificationCache verifications, PeerInstitutionKeyCache institutionKeys)
{
    public void Apply(string senderHubId, DeliverRevocationNoticeRequest notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        foreach (var status in notice.CredentialStatuses)
        {
            verifications.Evict(senderHubId, status.CredentialId);
        }

        if (notice.RevokedInstitutionKeys.Count > 0)
        {
            institutionKeys.Invalidate(senderHubId);
            verifications.EvictHub(senderHubId);
        }
    }
}
