namespace Exchange.Hub.Grains.Federation;

/// <summary>One peer hub as this hub sees it (key: the peer's hub id): the durable, ordered outbox of messages that
/// must reach it.</summary>
[Alias("exchange.IPeerHubGrain")]
public interface IPeerHubGrain : IGrainWithStringKey
{
    /// <summary>Queues a message durably and returns once it is stored; delivery happens in the background.</summary>
    [Alias("Enqueue")]
    Task<OutboxReceipt> EnqueueAsync(OutboxMessage message);

    /// <summary>Queues a message under the caller's id, unless a message with that id is still pending or was among
    /// the last delivered ones: then it answers the receipt of that message and queues nothing. Lets a caller that
    /// crashed after enqueueing, before it could note so, enqueue again safely.</summary>
    [Alias("EnqueueOnce")]
    Task<OutboxReceipt> EnqueueOnceAsync(string messageId, OutboxMessage message);

    [Alias("GetOutboxStatus")]
    Task<OutboxStatus> GetOutboxStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>The peer is back (it said Hello): try delivering now instead of at the end of the back-off.</summary>
    [Alias("Wake")]
    Task WakeAsync(CancellationToken cancellationToken = default);

    /// <summary>Delivers queued messages in order now, stopping at the first failure; returns how many were delivered.</summary>
    [Alias("DeliverPending")]
    Task<int> DeliverPendingAsync();
}
