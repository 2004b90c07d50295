using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Google.Protobuf;

namespace Exchange.Hub.Federation.Revocation;

/// <summary>Queues a <c>DeliverRevocationNotice</c> in the outbox of every pinned peer; the outbox delivers it in
/// order, retrying while the peer is away, and the peer de-duplicates on the message id.</summary>
public sealed class OutboxRevocationNotices(PeerDirectory peers, IGrainFactory grains) : IRevocationNotices
{
    public async Task CredentialRevokedAsync(CredentialStatusView status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var notice = new DeliverRevocationNoticeRequest();
        notice.CredentialStatuses.Add(IssuingContract.ToContract(status));
        await EnqueueForEveryPeerAsync(notice);
    }

    public async Task InstitutionKeyRevokedAsync(string institutionId, PublicSigningKey key)
    {
        var notice = new DeliverRevocationNoticeRequest();
        notice.RevokedInstitutionKeys.Add(RegistryContract.ToContract(key, institutionId));
        await EnqueueForEveryPeerAsync(notice);
    }

    private async Task EnqueueForEveryPeerAsync(DeliverRevocationNoticeRequest notice)
    {
        var message = new OutboxMessage(OutboxMessageKind.RevocationNotice, notice.ToByteArray());
        await Task.WhenAll(peers.All.Select(peer => grains.Keyed<IPeerHubGrain>(peer.HubId).EnqueueAsync(message)));
    }
}
