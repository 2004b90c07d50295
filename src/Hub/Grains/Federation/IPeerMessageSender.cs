namespace Exchange.Hub.Grains.Federation;

/// <summary>Carries one outbox message to a peer hub and returns its acknowledgement; throws when the peer could
/// not be reached or refused it, and the outbox keeps the message for the next attempt.</summary>
public interface IPeerMessageSender
{
    Task<PeerDeliveryAck> SendAsync(string peerHubId, OutboxEntry entry, CancellationToken cancellationToken);
}
