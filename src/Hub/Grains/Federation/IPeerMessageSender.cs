namespace Exchange.Hub.Grains.Federation;

/// <summary>Carries a run of outbox messages, in sequence order, to a peer hub in one exchange and returns one
/// outcome per message, in the same order. Throws when the peer could not be reached or did not answer for the
/// run as a whole; then nothing counts as delivered and the outbox keeps every message for the next attempt.</summary>
public interface IPeerMessageSender
{
    Task<IReadOnlyList<PeerDeliveryOutcome>> SendAsync(string peerHubId, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken);
}
