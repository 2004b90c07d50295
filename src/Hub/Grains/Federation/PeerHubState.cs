namespace Exchange.Hub.Grains.Federation;

/// <summary>Only what is still to be delivered, what the peer refused, and a short memory of delivered ids: a
/// delivered message is dropped, so the state is as large as the backlog, not as the history.</summary>
[GenerateSerializer, Alias("exchange.PeerHubState")]
public sealed class PeerHubState
{
    [Id(0)]
    public long LastSequence { get; set; }

    [Id(1)]
    public long DeliveredThrough { get; set; }

    [Id(2)]
    public List<OutboxEntry> Pending { get; set; } = [];

    /// <summary>Messages the peer refused (not an outage): kept for the national centre to inspect.</summary>
    [Id(3)]
    public List<OutboxEntry> Rejected { get; set; } = [];

    /// <summary>Ids and sequences of the last delivered messages, newest last (bounded), so that a repeated
    /// <see cref="IPeerHubGrain.EnqueueOnce"/> shortly after delivery is still recognised.</summary>
    [Id(4)]
    public List<OutboxReceipt> RecentlyDelivered { get; set; } = [];

    [Id(5)]
    public DateTimeOffset? LastDeliveredAt { get; set; }

    /// <summary>How many messages the peer refused in all (<see cref="Rejected"/> keeps only the latest).</summary>
    [Id(6)]
    public int RejectedCount { get; set; }
}
