namespace Exchange.Hub.Grains.Federation;

/// <summary>The outbox's bookkeeping: where the stream stands, what the peer refused, and a short memory of delivered
/// ids, all bounded. The messages still to be delivered are rows of <see cref="IPeerOutbox"/>, so queueing one never
/// rewrites the backlog.</summary>
[GenerateSerializer, Alias("exchange.PeerHubState")]
public sealed class PeerHubState
{
    /// <summary>At least the sequence of every message whose row was dropped (written before the rows are), so a
    /// sequence is never handed out twice; the rows still stored may go higher.</summary>
    [Id(0)]
    public long LastSequence { get; set; }

    [Id(1)]
    public long DeliveredThrough { get; set; }

    /// <summary>The backlog as an earlier hub stored it, in the state; moved into the rows when the grain activates.</summary>
    [Id(2)]
    public List<OutboxEntry> Pending { get; set; } = [];

    /// <summary>Messages the peer refused (not an outage): kept for the national centre to inspect.</summary>
    [Id(3)]
    public List<OutboxEntry> Rejected { get; set; } = [];

    /// <summary>Ids and sequences of the last delivered messages, newest last (bounded), so that a repeated
    /// <see cref="IPeerHubGrain.EnqueueOnceAsync"/> shortly after delivery is still recognised.</summary>
    [Id(4)]
    public List<OutboxReceipt> RecentlyDelivered { get; set; } = [];

    [Id(5)]
    public DateTimeOffset? LastDeliveredAt { get; set; }

    /// <summary>How many messages the peer refused in all (<see cref="Rejected"/> keeps only the latest).</summary>
    [Id(6)]
    public int RejectedCount { get; set; }
}
