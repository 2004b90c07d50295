namespace Exchange.Hub.Grains.Federation;

/// <summary>One peer hub as this hub sees it (key: the peer's hub id): the durable, ordered outbox of messages that
/// must reach it.</summary>
public interface IPeerHubGrain : IGrainWithStringKey
{
    /// <summary>Queues a message durably and returns once it is stored; delivery happens in the background.</summary>
    Task<OutboxReceipt> Enqueue(OutboxMessage message);

    Task<OutboxStatus> GetOutboxStatus();

    /// <summary>Delivers queued messages in order now, stopping at the first failure; returns how many were delivered.</summary>
    Task<int> DeliverPending();
}
